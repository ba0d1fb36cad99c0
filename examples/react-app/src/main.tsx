/** @jsxImportSource react */
import { createConsent } from '@aufum/consent'
import { useStore } from '@nanostores/react'
import type { ReactNode } from 'react'
import { createRoot } from 'react-dom/client'

/** One manager for the app, created before React renders. */
const consent = createConsent()

/** Renders its children only while the category is granted. */
function Gated({ category, children }: { category: string; children: ReactNode }) {
  const { categories } = useStore(consent.store)
  return categories[category] ? children : null
}

function App() {
  const { status, categories } = useStore(consent.store)
  return (
    <main>
      <h1>Aufum with React</h1>
      <p id="status">
        Consent: {status}; analytics {categories.analytics ? 'granted' : 'not granted'}
      </p>
      <button type="button" onClick={() => consent.save({ analytics: !categories.analytics })}>
        {categories.analytics ? 'Withdraw analytics' : 'Allow analytics'}
      </button>
      <Gated category="analytics">
        <p id="analytics-widget">Course statistics are shown because you allowed analytics.</p>
      </Gated>
    </main>
  )
}

createRoot(document.getElementById('app')!).render(<App />)
