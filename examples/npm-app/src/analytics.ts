type TrackerWindow = Window & { __trackerStops?: Record<string, () => void> }

/**
 * Starts the app's analytics: the demo's stand-in tracker, which sets its cookie and beacons every 5 seconds.
 *
 * @returns How it stops: the tool's own opt-out, which the consent manager calls when analytics is withdrawn.
 */
export function startAnalytics(tracker: string, run: string): () => void {
  const script = document.createElement('script')
  script.src = `${tracker}/t.js?name=npm-app&every=5000&run=${run}`
  document.head.append(script)
  return () => (window as TrackerWindow).__trackerStops?.['npm-app']?.()
}
