/**
 * The task after the next frame: work started then (the whole library's read, thousands of records
 * decoded in one task) cannot stand between the rows just drawn and the frame that shows them.
 * A hidden page draws no frames (a library page opened in a background tab): the next task then, and
 * never later than `atMost` ms whatever happens to the frame.
 */
export function afterPaint(atMost = 500): Promise<void> {
  return new Promise((resolve) => {
    let done = false;
    const finish = () => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      resolve();
    };
    const timer = setTimeout(finish, atMost);
    const visible = typeof document === 'undefined' || document.visibilityState !== 'hidden';
    if (!visible || typeof requestAnimationFrame !== 'function' || typeof MessageChannel === 'undefined') return void setTimeout(finish, 0);
    requestAnimationFrame(() => {
      // rAF runs before the frame is painted; the message after it, once it is.
      const ch = new MessageChannel();
      ch.port1.onmessage = () => {
        ch.port1.close();
        finish();
      };
      ch.port2.postMessage(0);
    });
  });
}
