/** The names sync's pieces meet by (storage.local keys, runtime messages): small, so pages import only these. */
export const SYNC_STATUS_KEY = 'sync-status';
/** Runtime/tab message: another device changed the library; `places`: where it is in stories open here. */
export const SYNC_REMOTE_MESSAGE = 'sync:remote';
/** Extension page → background: the library changed here (the library page, the reader page). */
export const SYNC_CHANGED_MESSAGE = 'sync:changed';
/** Extension page or reader → background: the reader closed, write what waits now. */
export const SYNC_FLUSH_MESSAGE = 'sync:flush';
