/**
 * The reader page, reader.html?story=ID: a saved story in a tab of the extension's own, read with
 * the same reader as the overlay, from IndexedDB (this page is the extension's origin: it opens
 * the database directly, as the popup and library do). It needs no journal page and no network:
 * what was saved opens offline. Parts without saved text, new parts and Refresh are fetched
 * through the background, as the overlay's are; saved text is never replaced by an error page.
 */
import { browser } from 'wxt/browser';
import { downloadBook } from '../../components/book-download';
import { mountReader, type ReadingPlace } from '../../components/reader/reader';
import { offerRemotePlaces } from '../../components/reader/remote-place';
import { READER_CSS } from '../../components/reader/styles';
import { getParts, getPosition, getStory, type PositionRecord, savePosition, sharedInkwellDb } from '../../utils/db';
import { fetchThroughBackground, sendMessage } from '../../utils/messages';
import { parseFetchedPage } from '../../utils/parse-page';
import { buildStoryRecords, cardPostOf, openableCopy, refetchState } from '../../utils/reader-records';
import { cleanForStorage } from '../../utils/sanitize';
import { saveStoryWithParts } from '../../utils/save-story';
import { savedStorySession } from '../../utils/senders';
import { normalizeSettings, readerSettings } from '../../utils/settings';
import { extendStory, retryPart, type StitchOptions, type StitchState, stitchStory } from '../../utils/stitch';
import { stitchSavedFill } from '../../utils/stitch/fill-state';
import { canonicalEntryKey, commentIdOf } from '../../utils/url';

const app = document.getElementById('app')!;

const fetchPage = fetchThroughBackground;
const parse = parseFetchedPage;
const fetching = (onUpdate: (s: StitchState) => void): StitchOptions => ({ fetchPage, parse, onUpdate });

function problem(text: string) {
  const back = document.createElement('a');
  back.href = browser.runtime.getURL('/library.html');
  back.textContent = 'Your library';
  const p = document.createElement('p');
  p.className = 'reader-page-problem';
  p.append(`${text} `, back);
  app.replaceChildren(p);
  app.removeAttribute('aria-busy');
}

async function main() {
  const params = new URLSearchParams(location.search);
  const id = params.get('story');
  // refresh=1 (the library's "Refresh from the site"): every part fetched again once it is shown.
  const refreshing = params.get('refresh') === '1';
  if (!id) return problem('No story was named.');
  const db = await sharedInkwellDb();
  const [story, parts, position, stored] = await Promise.all([getStory(db, id), getParts(db, id), getPosition(db, id), readerSettings.getValue().catch(() => null)]);
  if (!story) return problem('This story is not in your library (it may have been deleted).');
  document.title = `${story.title} · Inkwell`;

  const copy = openableCopy(story, parts);
  const start = cardPostOf(story, parts);
  const place: ReadingPlace | null = position ? { partKey: position.partKey, paragraph: position.paragraph, offset: position.offset } : null;
  const masterKey = story.masterpostUrl ? canonicalEntryKey(story.masterpostUrl) : null;
  let placeKey = position?.partKey ?? null;
  // A fill (a story in an entry's comments): looked for again by walking its thread from its first part's page.
  const fillFirst = commentIdOf(story.partUrls[0] ?? '') ? story.partUrls[0] : null;
  const stitchFill = async (base: StitchState | null, onUpdate: (s: StitchState) => void): Promise<StitchState> => {
    const found = await stitchSavedFill(fillFirst!, base, fetching(onUpdate));
    if ('error' in found) throw new Error(found.error);
    return found.final;
  };

  // The background fetches for this page only once it knows the story (parts without text, new
  // parts, Refresh): its own entries and masterpost. Offline, nothing is fetched anyway.
  const session = savedStorySession(story);
  if (session) await sendMessage('reader:session', session).catch(() => undefined);

  const style = document.createElement('style');
  style.textContent = READER_CSS;
  document.head.append(style);
  app.removeAttribute('aria-busy');
  let settings = normalizeSettings(stored);
  const handle = mountReader(
    app,
    start,
    {
      // The saved copy at once; what it lacks (parts whose text was dropped or never came) is fetched.
      // (A record saved before totals were kept is saved again, with them.)
      cached: copy ? { state: copy.state, place, saved: copy.known, grow: refreshing || !!copy.state.pending || story.totalParts === undefined } : null,
      place,
      settings,
      saveSettings: (s) => {
        settings = s;
        void readerSettings.setValue(s);
      },
      stitch: (onUpdate, { refresh, current }) => {
        if (fillFirst) return stitchFill(current ?? copy?.state ?? null, onUpdate);
        if (refresh && current) return extendStory(refetchState(current), {}, fetching(onUpdate));
        if (copy && refreshing) return extendStory(refetchState(copy.state), {}, fetching(onUpdate));
        if (copy) return extendStory(copy.state, { skip: masterKey ? [masterKey] : [] }, fetching(onUpdate));
        return stitchStory({ url: start.url }, fetching(onUpdate));
      },
      retry: (state, key, onUpdate) => (fillFirst ? stitchFill(state, onUpdate) : retryPart(state, key, fetching(onUpdate))),
      savePlace: (at, percent) => {
        placeKey = at.partKey;
        const record: PositionRecord = { storyId: story.id, ...at, percent, updatedAt: Date.now() };
        void savePosition(db, record)
          .then(async (r) => {
            if (r.saved) await sendMessage('sync:changed', {});
          })
          .catch(() => undefined);
      },
      saveStory: async (state) => {
        const built = buildStoryRecords(state, start, { id: story.id, firstOpened: story.firstOpened, previous: story, placeKey, clean: cleanForStorage });
        const res = await saveStoryWithParts(db, built.story, built.parts);
        void sendMessage('sync:changed', {}).catch(() => undefined);
        return res;
      },
      openPost: (url) => window.open(url, '_blank', 'noopener'),
      // The book from the saved copy, read again now (parts saved since the page opened are in it).
      download: async (format) => {
        const [saved, savedParts] = await Promise.all([getStory(db, story.id), getParts(db, story.id)]);
        if (!saved) throw new Error('the story is no longer in your library.');
        return (await downloadBook(format, { story: saved, parts: savedParts }, { images: saved.showImages ?? settings.loadImages })).message;
      },
    },
    // Closing the page's reader goes to the story in the library.
    () => location.assign(browser.runtime.getURL(`/library.html#story=${encodeURIComponent(story.id)}` as '/library.html')),
  );
  // Another device read on in this story: offered, not taken. Leaving the page syncs the place now.
  offerRemotePlaces(() => story.id, handle, browser.runtime.onMessage);
  window.addEventListener('pagehide', () => void sendMessage('sync:flush', {}).catch(() => undefined));
}

main().catch((e: Error) => problem(`The story could not be opened: ${e.message}`));
