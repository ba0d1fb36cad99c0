import { CATEGORY_NAME } from '../format/index.js'
import { type Check, isObject, object, oneOf, type Rule, type Rules, type } from '../options/index.js'

const BOOLEAN = /* @__PURE__ */ type('boolean')
const STRING = /* @__PURE__ */ type('string')
const isCookiePattern = (c: unknown): boolean =>
  typeof c === 'string' || c instanceof RegExp || (isObject(c) && typeof c.name === 'string')
const COOKIE_ENTRY = 'be a name, a RegExp or { name, … }'

const COOKIE: Rule = [
  (c) => !isCookiePattern(c) && COOKIE_ENTRY,
  {
    match: (v) => !(v instanceof RegExp) && 'be a RegExp',
    provider: STRING,
    purpose: STRING,
    duration: STRING,
  },
]

const CATEGORY: Rules = {
  required: BOOLEAN,
  gpc: BOOLEAN,
  label: STRING,
  description: STRING,
  cookies: [(v) => !Array.isArray(v) && 'be an array', { '*': COOKIE }],
}

/** A whole number of at least `min`. */
export const whole =
  (min: number): Check =>
  (v) =>
    !(Number.isInteger(v) && (v as number) >= min) && `be a whole number of ${min} or more`

/** What to do when something that started on a grant, and cannot say how it stops, has its category withdrawn. */
export const WITHDRAW: Check = /* @__PURE__ */ oneOf('reload', 'none')

/** The rules of `createConsent`'s configuration (the script tag's core options). */
export const CONFIG_RULES: Rules = {
  categories: [
    object,
    {
      necessary: [
        (v) => !(isObject(v) && v.required !== false) && 'stay required: it holds the decision itself',
        CATEGORY,
      ],
      '*': [
        (v, name) =>
          !CATEGORY_NAME.test(name)
            ? 'be named with a letter, then letters, digits, _ or - (at most 32)'
            : v !== false && !isObject(v) && 'be an object, or false to drop it',
        CATEGORY,
      ],
    },
  ],
  revision: /* @__PURE__ */ whole(0),
  // More than 395 days (13 months) counts as 395.
  expiresAfterDays: /* @__PURE__ */ whole(1),
  respectGpc: BOOLEAN,
  onWithdraw: WITHDRAW,
  cookie: [
    object,
    {
      name: (v) => !(typeof v === 'string' && /^[\w-]+$/.test(v)) && 'use only letters, digits, _ or -',
      domain: STRING,
      path: (v) => !(typeof v === 'string' && v[0] === '/') && "start with '/'",
      sameSite: /* @__PURE__ */ oneOf('Lax', 'Strict', 'None'),
      secure: (v, _, cookie) =>
        BOOLEAN(v, _, cookie) || (cookie.sameSite === 'None' && !v && "be true when cookie.sameSite is 'None'"),
    },
  ],
}
