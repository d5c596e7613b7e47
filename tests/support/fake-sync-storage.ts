/**
 * An in-memory `storage.sync` that refuses what the browsers refuse, with their messages:
 *
 * - Chrome (extensions/browser/api/storage/settings_storage_quota_enforcer.cc and the API's
 *   quota heuristics): a set whose item is over 8,192 bytes (key length + JSON of the value),
 *   that would take the area over 102,400 bytes or 512 items, fails with
 *   "Resource::kQuotaBytesPerItem quota exceeded" / "Resource::kQuotaBytes quota exceeded" /
 *   "Resource::kMaxItems quota exceeded"; the 121st set/remove/clear in a minute or the 1,801st
 *   in an hour with "This request exceeds the MAX_WRITE_OPERATIONS_PER_MINUTE quota." (…PER_HOUR).
 * - Firefox (webext-storage, since 79): the same byte and item limits, every one refused with
 *   "QuotaExceededError: storage.sync API call exceeded its quota limitations."; no write rate
 *   limit on the client.
 * - `unavailable`: every call fails as Firefox does for an add-on without an explicit id.
 * A refused call changes nothing. onChanged fires for every change, as both browsers do, with
 * the area's name 'sync'.
 */

import { QUOTA } from '../../utils/sync/budget';
import { itemBytes } from '../../utils/sync/encode';
import type { SyncArea } from '../../utils/sync/service';

export type Flavour = 'chrome' | 'firefox';
export type Changes = Record<string, { oldValue?: unknown; newValue?: unknown }>;

const FIREFOX_QUOTA = 'QuotaExceededError: storage.sync API call exceeded its quota limitations.';
const NO_ID = 'The storage API will not work with a temporary addon ID. Please add an explicit addon ID to your manifest.';

export class FakeSyncStorage implements SyncArea {
  readonly data = new Map<string, string>();
  private writeTimes: number[] = [];
  private listeners: Array<(changes: Changes, area: string) => void> = [];
  unavailable = false;
  /** Calls refused, by message. */
  readonly refused: string[] = [];
  /** set/remove/clear calls that went through. */
  writes = 0;

  constructor(
    readonly flavour: Flavour = 'chrome',
    private readonly now: () => number = () => Date.now(),
  ) {}

  private fail(chromeMessage: string): never {
    const message = this.flavour === 'chrome' ? chromeMessage : FIREFOX_QUOTA;
    this.refused.push(message);
    throw new Error(message);
  }

  private checkAvailable(): void {
    if (this.unavailable) {
      this.refused.push(NO_ID);
      throw new Error(NO_ID);
    }
  }

  private countWrite(): void {
    const t = this.now();
    if (this.flavour === 'chrome') {
      const hour = this.writeTimes.filter((w) => t - w < 3_600_000);
      if (hour.filter((w) => t - w < 60_000).length >= QUOTA.writesPerMinute) this.fail('This request exceeds the MAX_WRITE_OPERATIONS_PER_MINUTE quota.');
      if (hour.length >= QUOTA.writesPerHour) this.fail('This request exceeds the MAX_WRITE_OPERATIONS_PER_HOUR quota.');
      this.writeTimes = hour;
    }
    this.writeTimes.push(t);
    this.writes++;
  }

  bytesInUse(): number {
    let n = 0;
    for (const [k, v] of this.data) n += itemBytes(k, JSON.parse(v));
    return n;
  }

  onChanged(listener: (changes: Changes, area: string) => void): void {
    this.listeners.push(listener);
  }

  private emit(changes: Changes): void {
    if (Object.keys(changes).length) for (const l of this.listeners) l(changes, 'sync');
  }

  async get(keys: null | string | string[] = null): Promise<Record<string, unknown>> {
    this.checkAvailable();
    const want = keys === null ? [...this.data.keys()] : typeof keys === 'string' ? [keys] : keys;
    const out: Record<string, unknown> = {};
    for (const k of want) if (this.data.has(k)) out[k] = JSON.parse(this.data.get(k)!);
    return out;
  }

  async set(items: Record<string, unknown>): Promise<void> {
    this.checkAvailable();
    this.countWrite();
    const next = new Map(this.data);
    for (const [k, v] of Object.entries(items)) {
      if (itemBytes(k, v) > QUOTA.bytesPerItem) this.fail('Resource::kQuotaBytesPerItem quota exceeded');
      next.set(k, JSON.stringify(v));
    }
    let total = 0;
    for (const [k, v] of next) total += itemBytes(k, JSON.parse(v));
    if (total > QUOTA.bytes) this.fail('Resource::kQuotaBytes quota exceeded');
    if (next.size > QUOTA.maxItems) this.fail('Resource::kMaxItems quota exceeded');
    this.commit(next);
  }

  async remove(keys: string | string[]): Promise<void> {
    this.checkAvailable();
    this.countWrite();
    const next = new Map(this.data);
    for (const k of typeof keys === 'string' ? [keys] : keys) next.delete(k);
    this.commit(next);
  }

  async clear(): Promise<void> {
    this.checkAvailable();
    this.countWrite();
    this.commit(new Map());
  }

  /** Another device's change arriving through the browser's sync: no quota, no write counted. */
  receive(items: Record<string, unknown | undefined>): void {
    const next = new Map(this.data);
    for (const [k, v] of Object.entries(items)) {
      if (v === undefined) next.delete(k);
      else next.set(k, JSON.stringify(v));
    }
    this.commit(next);
  }

  private commit(next: Map<string, string>): void {
    const changes: Changes = {};
    for (const k of new Set([...this.data.keys(), ...next.keys()])) {
      const a = this.data.get(k);
      const b = next.get(k);
      if (a === b) continue;
      changes[k] = { ...(a !== undefined ? { oldValue: JSON.parse(a) } : {}), ...(b !== undefined ? { newValue: JSON.parse(b) } : {}) };
    }
    this.data.clear();
    for (const [k, v] of next) this.data.set(k, v);
    this.emit(changes);
  }
}
