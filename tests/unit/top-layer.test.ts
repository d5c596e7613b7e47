// @vitest-environment jsdom
/**
 * The reader keeps the top layer (issue 10, item 8): what it does when the topmost element at its
 * probe points is not its host. (jsdom has no layout: elementFromPoint is played by the test; the
 * browser suites open a real popover and dialog over the reader.)
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { keepOnTop, ownsViewport } from '../../components/reader/top-layer';

let host: HTMLElement & { showPopover: () => void; hidePopover: () => void };
let cover: HTMLElement;
let onTop: Element | null;

beforeEach(() => {
  document.body.innerHTML = '';
  host = Object.assign(document.createElement('inkwell-reader'), { showPopover: vi.fn(() => (onTop = host)), hidePopover: vi.fn() });
  cover = document.createElement('div');
  document.body.append(host, cover);
  onTop = host;
  document.elementFromPoint = vi.fn(() => onTop);
});
afterEach(() => vi.useRealTimers());

describe('keepOnTop', () => {
  it('sees whether the host owns the viewport', () => {
    expect(ownsViewport(host)).toBe(true);
    onTop = cover;
    expect(ownsViewport(host)).toBe(false);
  });

  it('takes the top back by showing its popover again when something covers it', () => {
    const onLost = vi.fn();
    const onRetaken = vi.fn();
    const guard = keepOnTop(host, { onLost, onRetaken });
    expect(guard.check()).toBe(true);
    expect(host.showPopover).not.toHaveBeenCalled();
    onTop = cover; // the page's popover
    expect(guard.check()).toBe(true);
    expect(host.hidePopover).toHaveBeenCalledTimes(1);
    expect(host.showPopover).toHaveBeenCalledTimes(1);
    expect(onRetaken).toHaveBeenCalledTimes(1);
    expect(onLost).not.toHaveBeenCalled();
    guard.stop();
  });

  it('looks on a timer and at every pointer or key press, until stopped', () => {
    vi.useFakeTimers();
    const guard = keepOnTop(host, { onLost: vi.fn(), intervalMs: 500 });
    onTop = cover;
    vi.advanceTimersByTime(500);
    expect(host.showPopover).toHaveBeenCalledTimes(1);
    onTop = cover;
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'j' }));
    expect(host.showPopover).toHaveBeenCalledTimes(2);
    guard.stop();
    onTop = cover;
    vi.advanceTimersByTime(5000);
    window.dispatchEvent(new Event('pointerdown'));
    expect(host.showPopover).toHaveBeenCalledTimes(2);
  });

  it('closes when a page keeps taking the top (more than 5 times in 10 s)', () => {
    const onLost = vi.fn();
    const guard = keepOnTop(host, { onLost });
    for (let i = 0; i < 6; i++) {
      onTop = cover;
      guard.check();
    }
    expect(host.showPopover).toHaveBeenCalledTimes(5);
    expect(onLost).toHaveBeenCalledWith('fight');
    guard.stop();
  });

  it('closes under a page’s modal dialog, which leaves everything else inert', () => {
    const onLost = vi.fn();
    const guard = keepOnTop(host, { onLost });
    const dialog = document.createElement('dialog');
    document.body.append(dialog);
    const qs = vi.spyOn(document, 'querySelector').mockImplementation(((sel: string) => (sel === 'dialog:modal' ? dialog : null)) as typeof document.querySelector);
    onTop = dialog;
    expect(guard.check()).toBe(false);
    expect(onLost).toHaveBeenCalledWith('modal');
    expect(host.showPopover).not.toHaveBeenCalled();
    qs.mockRestore();
  });
});
