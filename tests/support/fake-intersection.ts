/**
 * A stand-in for IntersectionObserver in jsdom (which has no layout, so no intersections): the test says
 * which element came into view, and the observers watching it are told, as the browser would tell them.
 */
type Callback = (entries: IntersectionObserverEntry[], observer: IntersectionObserver) => void;

export class FakeIntersectionObserver {
  static readonly all = new Set<FakeIntersectionObserver>();
  readonly targets = new Set<Element>();
  constructor(
    private readonly callback: Callback,
    readonly options: IntersectionObserverInit = {},
  ) {
    FakeIntersectionObserver.all.add(this);
  }
  observe(el: Element): void {
    this.targets.add(el);
  }
  unobserve(el: Element): void {
    this.targets.delete(el);
  }
  disconnect(): void {
    this.targets.clear();
    FakeIntersectionObserver.all.delete(this);
  }
  takeRecords(): IntersectionObserverEntry[] {
    return [];
  }

  /** `el` came into view (within the observers' margins): its observers are called. */
  static intersect(el: Element): number {
    let n = 0;
    for (const o of [...FakeIntersectionObserver.all]) {
      if (!o.targets.has(el)) continue;
      n++;
      o.callback([{ target: el, isIntersecting: true, intersectionRatio: 1 } as unknown as IntersectionObserverEntry], o as unknown as IntersectionObserver);
    }
    return n;
  }

  /** Installs it as the global IntersectionObserver; returns the function that puts the old one back. */
  static install(): () => void {
    const g = globalThis as { IntersectionObserver?: unknown };
    const before = g.IntersectionObserver;
    g.IntersectionObserver = FakeIntersectionObserver;
    return () => {
      g.IntersectionObserver = before;
      FakeIntersectionObserver.all.clear();
    };
  }
}
