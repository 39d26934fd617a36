/** How the plugin waits between retries and polls; tests pass a fake one. Production uses core's `delay`. */
export type Sleep = (ms: number, signal?: AbortSignal) => Promise<void>;
