import type { Consent, ConsentChoices, CookieDetails } from '@aufum/consent'
import type { Ref } from 'preact'
import type { Texts } from '../i18n/index.js'

/** What the {@link Settings} panel shows and calls. */
export interface SettingsProps {
  /** Given the panel's element, a modal dialog. */
  cardRef: Ref<HTMLDivElement>
  consent: Consent
  texts: Texts
  language: string
  /** The switches' positions: the stored choice, or every optional category off. */
  choices: ConsentChoices
  onToggle(category: string): void
  /** The close button: back to the first layer, nothing decided. */
  onClose(): void
}

const described = (cookies: unknown[] = []) =>
  cookies.filter((c): c is CookieDetails => !!c && typeof c === 'object' && !(c instanceof RegExp))

// A long cookie name (`_ga_ABC123.session-id`) wraps after its separators rather than mid-word.
const breakable = (name: string) => name.split(/(?<=.[_.-])/).flatMap((part, i) => (i ? [<wbr />, part] : part))

/**
 * The second layer, a modal dialog: every category with its purpose and a switch (necessary shown as always
 * active, never as a switch), its cookies on request, and the visitor's consent id once decided.
 * Optional categories start off (CJEU Planet49, C-673/17); once decided, the panel shows the stored choice.
 */
export function Settings({ cardRef, consent, texts, language, choices, onToggle, onClose }: SettingsProps) {
  const { status, id, decidedAt } = consent.store.get()
  const config = consent.config.categories

  return (
    <div class="backdrop">
      <div ref={cardRef} class="card panel" role="dialog" aria-modal="true" aria-labelledby="aufum-settings-title">
        {/* The title, the close button and the choices stay in view; what is between them scrolls. */}
        <div class="head">
          <button type="button" class="close" aria-label={texts.close} onClick={onClose}>
            ×
          </button>
          <h2 id="aufum-settings-title" tabIndex={-1}>
            {texts.settingsTitle}
          </h2>
        </div>
        <div class="scroll">
          <p>{texts.settingsText}</p>
          {consent.gpc && <p>{texts.gpc}</p>}
          <ul class="categories">
            {Object.keys(config).map((name) => {
              const cookies = described(config[name]!.cookies)
              const labelId = `aufum-category-${name}`
              return (
                <li key={name}>
                  <div class="category">
                    <h3 id={labelId}>{texts.categories[name]?.label}</h3>
                    {config[name]!.required ? (
                      <span class="always">{texts.alwaysOn}</span>
                    ) : (
                      <button
                        type="button"
                        role="switch"
                        aria-checked={choices[name] ? 'true' : 'false'}
                        aria-labelledby={labelId}
                        onClick={() => onToggle(name)}
                      />
                    )}
                  </div>
                  <p>{texts.categories[name]?.description}</p>
                  {cookies.length > 0 && (
                    <details>
                      <summary>{texts.cookies}</summary>
                      <table>
                        <thead>
                          <tr>
                            <th scope="col">{texts.cookieName}</th>
                            <th scope="col">{texts.cookieProvider}</th>
                            <th scope="col">{texts.cookiePurpose}</th>
                            <th scope="col">{texts.cookieDuration}</th>
                          </tr>
                        </thead>
                        <tbody>
                          {cookies.map((c) => (
                            <tr key={c.name}>
                              <td>{breakable(c.name)}</td>
                              <td>{c.provider}</td>
                              <td>{c.purpose}</td>
                              <td>{c.duration}</td>
                            </tr>
                          ))}
                        </tbody>
                      </table>
                    </details>
                  )}
                </li>
              )
            })}
          </ul>
          {status === 'decided' && (
            <p class="record">
              {texts.consentId}: <code>{id}</code>
              <br />
              {texts.decidedAt}: {new Date(decidedAt!).toLocaleString(language)}
            </p>
          )}
        </div>
        <div class="actions">
          <button type="button" onClick={consent.rejectAll}>
            {texts.rejectAll}
          </button>
          <button type="button" onClick={consent.acceptAll}>
            {texts.acceptAll}
          </button>
          <button type="button" onClick={() => consent.save(choices, 'custom')}>
            {texts.save}
          </button>
        </div>
      </div>
    </div>
  )
}
