import { describe, expect, it } from 'vitest';
import { findComposers, isSendTrigger, readComposerText, resolveRecipients, type Composer } from '../../../src/content/linkedin/read-composer.js';
import { load, mutate } from './helpers.js';

function only(file: string): { c: Composer; doc: Document; url: string } {
  const { doc, url } = load(file);
  const cs = findComposers(doc, url);
  expect(cs).toHaveLength(1);
  return { c: cs[0] as Composer, doc, url };
}

describe('findComposers + resolveRecipients', () => {
  it('messaging page (en): classic send button, Enter sends, header member id', () => {
    const { c, doc, url } = only('messaging-en.html');
    expect(c.kind).toBe('messaging');
    expect(c.form?.tagName).toBe('FORM');
    expect(c.sendButton?.classList.contains('msg-form__send-button')).toBe(true);
    expect(c.enterSends()).toBe(true);
    expect(resolveRecipients(c, doc, url)).toEqual({
      contacts: [{ aliases: ['member:ACoAABcdEfGhIjKlMnOpQrStUv'], name: 'Jane Doe' }],
      group: false,
      threadId: '2-NTg3ZDM1YjMtYWU1Ni00Y2Y3LWJlNjEtYjk0ODgzNDU2Nzg5XzAxMA==',
    });
  });

  it('messaging page (de): 2026 send button, "Click Send" option', () => {
    const { c, doc, url } = only('messaging-de.html');
    expect(c.sendButton?.classList.contains('msg-form__send-btn')).toBe(true);
    expect(c.enterSends()).toBe(false);
    expect(resolveRecipients(c, doc, url).contacts).toEqual([{ aliases: ['slug:juergen-mueller'], name: 'Jürgen Müller' }]);
  });

  it('French thread', () => {
    const { c, doc, url } = only('messaging-fr.html');
    expect(resolveRecipients(c, doc, url).contacts[0]?.aliases).toEqual(['slug:amelie-poulain']);
  });

  it('group conversation → every other participant', () => {
    const { c, doc, url } = only('messaging-group-en.html');
    const r = resolveRecipients(c, doc, url);
    expect(r.group).toBe(true);
    expect(r.contacts.map((x) => x.aliases[0])).toEqual(['slug:ana-silva', 'member:ACoAABenOkafor00000001', 'slug:chloe-martin']);
  });

  it('two overlays at once, each with its own recipient and thread', () => {
    const { doc, url } = load('overlays-en.html');
    const cs = findComposers(doc, url);
    expect(cs.map((c) => c.kind)).toEqual(['overlay', 'overlay']);
    const [a, b] = cs.map((c) => resolveRecipients(c, doc, url));
    expect(a?.contacts).toEqual([{ aliases: ['slug:jane-doe'], name: 'Jane Doe' }]);
    expect(b?.contacts).toEqual([{ aliases: ['member:ACoAAOmarFarouk000000001'], name: 'عمر الفاروق' }]);
    expect(b?.threadId).toBe('2-b21hci10aHJlYWQ=');
    expect(cs[1]?.sendButton?.classList.contains('msg-form__send-btn')).toBe(true);
  });

  it('new message: recipient pill', () => {
    const { c, doc, url } = only('new-message-en.html');
    expect(c.kind).toBe('new-message');
    const r = resolveRecipients(c, doc, url);
    expect(r.contacts).toEqual([{ aliases: ['member:ACoAABcdEfGhIjKlMnOpQrStUv'], name: 'Jane Doe' }]);
    expect(r.threadId).toBeUndefined();
  });

  it('compose URL names the recipient when nothing else does', () => {
    const { doc } = load('new-message-en.html');
    mutate(doc, '.artdeco-pill');
    const url = 'https://www.linkedin.com/messaging/compose/?recipient=ACoAAChenLi000000000001';
    const c = findComposers(doc, url)[0] as Composer;
    expect(resolveRecipients(c, doc, url).contacts).toEqual([{ aliases: ['member:ACoAAChenLi000000000001'] }]);
  });

  it('InMail overlay on a profile: header without link → the profile person', () => {
    const { c, doc, url } = only('inmail-en.html');
    expect(c.kind).toBe('inmail');
    expect(resolveRecipients(c, doc, url).contacts).toEqual([{ aliases: ['slug:chen-li'], name: 'Chen Li' }]);
  });

  it('feed page without overlays has no composers', () => {
    const { doc, url } = load('feed-busy-en.html');
    expect(findComposers(doc, url)).toEqual([]);
  });

  it('mutated: renamed editor class still found by role; no header → no contacts', () => {
    const { doc, url } = load('messaging-en.html');
    mutate(doc, '.msg-form__contenteditable', 'msg-form__contenteditable');
    mutate(doc, '.msg-title-bar');
    mutate(doc, '.msg-s-message-list');
    const c = findComposers(doc, url)[0] as Composer;
    expect(c).toBeDefined();
    expect(resolveRecipients(c, doc, url).contacts).toEqual([]);
    mutate(doc, '[contenteditable]');
    expect(findComposers(doc, url)).toEqual([]);
  });
});

describe('readComposerText', () => {
  it('joins <p> lines, never HTML', () => {
    const el = document.createElement('div');
    el.innerHTML = '<p>Hello <b>there</b></p><p><br></p><p>&lt;img src=x onerror=alert(1)&gt;</p>';
    expect(readComposerText(el)).toBe('Hello there\n\n<img src=x onerror=alert(1)>');
  });
  it('reads the 8,000-character draft', () => {
    const { c } = only('messaging-long-draft-en.html');
    expect(readComposerText(c.editor)).toHaveLength(8000);
  });
});

describe('isSendTrigger', () => {
  const key = (target: Element, init: KeyboardEventInit): Event => {
    const e = new KeyboardEvent('keydown', { bubbles: true, ...init });
    Object.defineProperty(e, 'target', { value: target });
    return e;
  };
  const ev = (type: string, target: Element): Event => {
    const e = new Event(type, { bubbles: true });
    Object.defineProperty(e, 'target', { value: target });
    return e;
  };

  it('clicks on or inside Send; not elsewhere', () => {
    const { doc, url } = load('overlays-en.html');
    const [a, b] = findComposers(doc, url) as [Composer, Composer];
    expect(isSendTrigger(ev('click', a.sendButton as Element), a)).toBe(true);
    expect(isSendTrigger(ev('click', b.sendButton?.querySelector('svg') as Element), b)).toBe(true);
    expect(isSendTrigger(ev('click', b.sendButton as Element), a)).toBe(false);
    expect(isSendTrigger(ev('click', a.editor), a)).toBe(false);
    expect(isSendTrigger(ev('click', doc.querySelector('[aria-label="Send in a private message"]') as Element), a)).toBe(false);
  });

  it('Enter / Shift+Enter / Ctrl+Enter with Enter-to-send on and off', () => {
    const on = only('messaging-en.html').c;
    expect(isSendTrigger(key(on.editor.firstElementChild as Element, { key: 'Enter' }), on)).toBe(true);
    expect(isSendTrigger(key(on.editor, { key: 'Enter', shiftKey: true }), on)).toBe(false);
    expect(isSendTrigger(key(on.editor, { key: 'a' }), on)).toBe(false);
    expect(isSendTrigger(key(on.editor, { key: 'Enter', isComposing: true }), on)).toBe(false);
    const off = only('messaging-de.html').c;
    expect(isSendTrigger(key(off.editor, { key: 'Enter' }), off)).toBe(false);
    expect(isSendTrigger(key(off.editor, { key: 'Enter', ctrlKey: true }), off)).toBe(true);
    expect(isSendTrigger(key(off.editor, { key: 'Enter', metaKey: true }), off)).toBe(true);
  });

  it('form submit', () => {
    const { c } = only('messaging-en.html');
    expect(isSendTrigger(ev('submit', c.form as Element), c)).toBe(true);
    expect(isSendTrigger(ev('input', c.editor), c)).toBe(false);
  });
});
