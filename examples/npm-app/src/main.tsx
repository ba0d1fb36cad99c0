import { useStore } from '@nanostores/preact'
import type { ComponentChildren } from 'preact'
import { render } from 'preact'
import { consent, run, tracker } from './consent.js'

/** Renders its children only while the category is granted: the store keeps it in step. */
function Gated({ category, children }: { category: string; children: ComponentChildren }) {
  const { categories } = useStore(consent.store)
  return categories[category] ? children : null
}

function App() {
  const { status, categories } = useStore(consent.store)
  return (
    <main>
      <h1>Aufum course player</h1>
      <p id="status">Consent: {status}</p>
      <ul id="categories">
        {Object.entries(categories).map(([name, granted]) => (
          <li key={name}>
            {name}: {granted ? 'granted' : 'not granted'}
          </li>
        ))}
      </ul>
      <Gated category="partners">
        <p id="partner-content">Partner recommendations are shown because you allowed partners.</p>
      </Gated>
      <iframe
        data-consent="partners"
        data-consent-provider="PartnerTube"
        data-src={`${tracker}/frame.html?video=app&run=${run}`}
        title="Lesson video"
        width={480}
        height={270}
      />
      <button type="button" data-consent-settings>
        Cookie settings
      </button>
    </main>
  )
}

render(<App />, document.getElementById('app')!)
