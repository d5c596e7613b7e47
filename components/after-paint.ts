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

const FCP = 'first-contentful-paint';

/**
 * Once what is drawn now is on screen, where the page has shown nothing with content yet: the page's
 * first-contentful-paint entry, which the browser makes once that frame is presented (raster and display
 * done, not only the main thread's part of the frame, which is all afterPaint waits for). Work started
 * earlier (a module's first long task, the whole library's read and decode) competes with the frame's
 * raster for the CPU and holds the first screen back. A page that has painted content already, a hidden
 * page, or a browser without paint timing: afterPaint. Never later than `atMost` ms.
 */
export function afterShown(atMost = 500): Promise<void> {
  const paintTiming = typeof PerformanceObserver !== 'undefined' && !!PerformanceObserver.supportedEntryTypes?.includes('paint');
  const hidden = typeof document !== 'undefined' && document.visibilityState === 'hidden';
  if (!paintTiming || hidden || performance.getEntriesByName(FCP).length) return afterPaint(atMost);
  return new Promise((resolve) => {
    const finish = () => {
      clearTimeout(timer);
      observer.disconnect();
      resolve();
    };
    const timer = setTimeout(finish, atMost);
    const observer = new PerformanceObserver((list) => {
      if (list.getEntriesByName(FCP).length) finish();
    });
    observer.observe({ type: 'paint', buffered: true });
  });
}
