/**
 * The next task: a message posted on a channel of our own (not clamped as nested timeouts are, and no page's
 * `message` listener hears it). Work split at it is no one long task.
 */
export const nextTask = () =>
  new Promise<void>((resolve) => {
    const ch = new MessageChannel();
    ch.port1.onmessage = () => resolve();
    ch.port2.postMessage(0);
  });
