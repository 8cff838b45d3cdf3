// Invitation: the Connect click (attributed to the right person, not the suggestion rail),
// the invitation modal, the note analysed as it is typed with the card beside it, and the
// invitation recorded when LinkedIn sends it (with or without a note).
import { invitedKey } from '../../core/event-keys.js';
import type { ContactRef } from '../../messages.js';
import { findConnectAction, readInviteModal, type InviteModal } from '../linkedin/read-invitation.js';
import { readProfile } from '../linkedin/read-profile.js';
import { anyOf } from '../linkedin/selectors.js';
import { addedAny, onDomChange } from '../observer.js';
import { startDraft } from './draft-controller.js';
import type { FeatureContext } from './types.js';
import { tell } from './worker.js';

export const name = 'invitation';

const MODAL_WAIT_MS = 2000;

const MODALS = anyOf('inviteModal', 'limitModal');

/** A modal we did not see open (already open on load) invites the profile's person when it names them. */
function pagePerson(inviteeName: string | undefined): ContactRef | undefined {
  const profile = readProfile(document);
  const same = (a: string, b: string): boolean => a.trim().toLowerCase() === b.trim().toLowerCase();
  return profile && inviteeName && same(profile.name, inviteeName) ? { aliases: profile.aliases, name: profile.name } : undefined;
}

export function init(signal: AbortSignal, ctx: FeatureContext): void {
  let invitee: ContactRef | undefined;
  let modal: { el: Element; stop: AbortController; note?: { box: Element; stop: AbortController } } | undefined;

  // Who is being invited is only knowable at the click: the modal names them, but not by alias.
  document.addEventListener(
    'click',
    (e) => {
      try {
        const action = e.target instanceof Element ? findConnectAction(e.target, document) : null;
        if (!action) return;
        const profile = action.isOwnProfile ? readProfile(document) : null;
        const aliases = action.alias ? [action.alias] : (profile?.aliases ?? []);
        invitee = aliases.length > 0 ? { aliases, ...(profile?.name ? { name: profile.name } : {}) } : undefined;
        // A Connect click that opens no modal we recognise: the layout changed under us.
        setTimeout(() => !signal.aborted && !readInviteModal(document) && ctx.anchors.set(name, false), MODAL_WAIT_MS);
      } catch {
        invitee = undefined;
      }
    },
    { capture: true, signal },
  );

  const record = (note: string, pitch: boolean): void => {
    if (!invitee) return;
    const trimmed = note.trim();
    void tell('events.record', {
      contact: invitee,
      events: [{ kind: 'invited', at: ctx.now(), source: 'observed', key: invitedKey('sent'), pitch, ...(trimmed ? { note: trimmed } : {}) }],
    });
  };

  const openModal = (m: InviteModal): void => {
    const stop = new AbortController();
    signal.addEventListener('abort', () => stop.abort(), { once: true, signal: stop.signal });
    modal = { el: m.modal, stop };
    invitee ??= pagePerson(m.inviteeName);
    if (invitee && m.inviteeName && !invitee.name) invitee = { ...invitee, name: m.inviteeName };
    // "Send without a note" is never a pitch: record it, never guard it.
    m.modal.addEventListener(
      'click',
      (e) => {
        const now = readInviteModal(document);
        if (now?.sendWithoutNoteButton && e.target instanceof Node && now.sendWithoutNoteButton.contains(e.target)) record('', false);
      },
      { capture: true, signal: stop.signal },
    );
  };

  const openNote = (m: InviteModal, box: HTMLTextAreaElement): void => {
    if (!modal) return;
    const stop = new AbortController();
    modal.stop.signal.addEventListener('abort', () => stop.abort(), { once: true, signal: stop.signal });
    modal.note = { box, stop };
    const draft = startDraft(
      {
        channel: 'invitation-note',
        root: m.modal,
        dialogParent: m.modal,
        editor: () => box,
        read: () => box.value,
        sendButton: () => readInviteModal(document)?.sendButton ?? null,
        // Only a click on "Send invitation" sends; Enter in the note box is a new line.
        isSend: (e) => {
          const button = e.type === 'click' ? readInviteModal(document)?.sendButton : undefined;
          return !!button && e.target instanceof Node && button.contains(e.target);
        },
        place: (host) => box.after(host),
        page: () => ({}),
        sent: (text, pitch) => record(text, pitch),
      },
      ctx,
      stop.signal,
    );
    if (invitee) draft.setRecipients([invitee]);
  };

  const scan = (): void => {
    const m = readInviteModal(document);
    if (modal && (!m || m.modal !== modal.el || !modal.el.isConnected)) {
      modal.stop.abort();
      modal = undefined;
    }
    if (!m || m.limitReached) return;
    ctx.anchors.set(name, true);
    if (!modal) openModal(m);
    if (!modal) return;
    if (modal.note && modal.note.box !== m.noteBox) {
      modal.note.stop.abort(); // "Cancel adding a note", or LinkedIn re-rendered the box
      delete modal.note;
    }
    if (m.noteBox && !modal.note) openNote(m, m.noteBox);
  };

  // Closed modal: only an added element that is or holds one can open it (no document search per batch).
  onDomChange((added) => (modal || addedAny(added, MODALS) ? scan() : undefined), signal);
  scan();
}
