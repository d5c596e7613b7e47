// @vitest-environment jsdom
/**
 * Reading by touch: what a finger's stroke on the text means (tap zones, swipes), and the listener's rules:
 * only touch and pen pointers, only user actions, links and buttons keep their taps, a drag the browser
 * took for scrolling is no tap. Where the text really scrolls, the browser suites check (phone-*.e2e.ts).
 */
import { describe, expect, it, vi } from 'vitest';
import { attachTouchNav, gestureOf, SWIPE_MIN, TAP_SIDE } from '../../components/reader/touch-nav';

const box = { left: 0, width: 360 };
const at = (x: number, y = 300, t = 0) => ({ x, y, t });

describe('gestureOf', () => {
  it('reads a tap by where it lands: left side back a screen, right side on, middle the bar', () => {
    expect(gestureOf(at(20), at(22, 302, 120), box)).toEqual({ kind: 'screen', direction: -1 });
    expect(gestureOf(at(340), at(340, 300, 120), box)).toEqual({ kind: 'screen', direction: 1 });
    expect(gestureOf(at(180), at(180, 300, 120), box)).toEqual({ kind: 'bar' });
    // The sides' edges, in a box that does not start at 0.
    const off = { left: 100, width: 200 };
    expect(gestureOf(at(100 + 200 * TAP_SIDE - 1), at(100 + 200 * TAP_SIDE - 1, 300, 50), off)).toEqual({ kind: 'screen', direction: -1 });
    expect(gestureOf(at(100 + 200 * TAP_SIDE + 1), at(100 + 200 * TAP_SIDE + 1, 300, 50), off)).toEqual({ kind: 'bar' });
  });

  it('reads a sideways swipe as the next (leftwards) or previous (rightwards) part', () => {
    expect(gestureOf(at(300), at(300 - SWIPE_MIN, 310, 200), box)).toEqual({ kind: 'part', direction: 1 });
    expect(gestureOf(at(40), at(300, 280, 200), box)).toEqual({ kind: 'part', direction: -1 });
  });

  it('ignores a drag that is mostly vertical, a short slide, and a long press', () => {
    expect(gestureOf(at(100, 300), at(180, 420, 200), box)).toBeNull();
    expect(gestureOf(at(100), at(100 + SWIPE_MIN - 1, 300, 200), box)).toBeNull();
    expect(gestureOf(at(340), at(340, 300, 900), box)).toBeNull();
  });
});

function setup(isUserAction: (e: Event) => boolean = () => true) {
  document.body.innerHTML = '<div class="ink-scroll"><p id="text">Words.</p><p><a id="link" href="#x">a link</a></p><table id="wide"><tr><td>cell</td></tr></table></div>';
  const scroller = document.querySelector<HTMLElement>('.ink-scroll')!;
  scroller.getBoundingClientRect = () => ({ left: 0, top: 0, width: 360, height: 700, right: 360, bottom: 700, x: 0, y: 0, toJSON: () => ({}) });
  const actions = { screen: vi.fn(), part: vi.fn(), bar: vi.fn() };
  const detach = attachTouchNav(scroller, actions, isUserAction);
  const fire = (target: Element, type: string, x: number, y = 300, pointerType = 'touch', pointerId = 1) => {
    const e = new MouseEvent(type, { bubbles: true, clientX: x, clientY: y });
    Object.defineProperty(e, 'pointerType', { value: pointerType });
    Object.defineProperty(e, 'pointerId', { value: pointerId });
    Object.defineProperty(e, 'isPrimary', { value: true });
    target.dispatchEvent(e);
  };
  const stroke = (target: Element, x0: number, x1 = x0, pointerType = 'touch') => {
    fire(target, 'pointerdown', x0, 300, pointerType);
    fire(target, 'pointerup', x1, 300, pointerType);
  };
  return { scroller, actions, detach, fire, stroke, text: document.getElementById('text')!, link: document.getElementById('link')!, wide: document.querySelector('#wide td')! };
}

describe('attachTouchNav', () => {
  it('turns a screen on a tap at the right and puts the bar away; back on the left; the bar on the middle', () => {
    const { actions, stroke, text } = setup();
    stroke(text, 340);
    expect(actions.screen).toHaveBeenCalledWith(1);
    expect(actions.bar).toHaveBeenCalledWith(false);
    stroke(text, 20);
    expect(actions.screen).toHaveBeenLastCalledWith(-1);
    actions.bar.mockClear();
    stroke(text, 180);
    expect(actions.bar).toHaveBeenCalledWith();
  });

  it('goes to the next part on a leftward swipe', () => {
    const { actions, stroke, text } = setup();
    stroke(text, 320, 40);
    expect(actions.part).toHaveBeenCalledWith(1);
    expect(actions.screen).not.toHaveBeenCalled();
  });

  it('leaves a mouse, a link, a wide table, a synthetic event and a drag the browser took alone', () => {
    const mouse = setup();
    mouse.stroke(mouse.text, 340, 340, 'mouse');
    mouse.stroke(mouse.link, 340);
    mouse.stroke(mouse.wide, 320, 40);
    expect([mouse.actions.screen, mouse.actions.part, mouse.actions.bar].map((f) => f.mock.calls.length)).toEqual([0, 0, 0]);
    mouse.fire(mouse.text, 'pointerdown', 340);
    mouse.fire(mouse.text, 'pointercancel', 340);
    mouse.fire(mouse.text, 'pointerup', 340);
    expect(mouse.actions.screen).not.toHaveBeenCalled();

    const scripted = setup(() => false);
    scripted.stroke(scripted.text, 340);
    expect(scripted.actions.screen).not.toHaveBeenCalled();
  });

  it('stops listening once detached', () => {
    const { actions, stroke, text, detach } = setup();
    detach();
    stroke(text, 340);
    expect(actions.screen).not.toHaveBeenCalled();
  });
});
