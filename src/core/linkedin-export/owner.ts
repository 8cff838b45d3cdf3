// Who exported the data. Invitations say it outright (the inviter of OUTGOING rows); messages
// say it by presence: the owner takes part in every conversation, anyone else in a few.
import type { ProfileAlias } from '../profile-url.js';
import type { OwnerInfo } from './types.js';

/** Conversations to see before trusting a messages-only guess. */
const MIN_CONVERSATIONS = 5;

export class OwnerTally {
  private readonly invited = new Map<ProfileAlias, number>();
  private readonly presence = new Map<ProfileAlias, Set<string>>();
  private readonly names = new Map<ProfileAlias, string>();
  private readonly conversations = new Set<string>();

  observeInvitation(owner: ProfileAlias | null, name: string): void {
    if (!owner) return;
    this.invited.set(owner, (this.invited.get(owner) ?? 0) + 1);
    if (name && !this.names.has(owner)) this.names.set(owner, name);
  }

  observeMessage(conversation: string, sender: ProfileAlias | null, senderName: string, recipients: ProfileAlias[]): void {
    this.conversations.add(conversation);
    if (sender && senderName && !this.names.has(sender)) this.names.set(sender, senderName);
    for (const alias of sender ? [sender, ...recipients] : recipients) {
      let seen = this.presence.get(alias);
      if (!seen) this.presence.set(alias, (seen = new Set()));
      seen.add(conversation);
    }
  }

  /** Sure enough to stop looking: one person in (nearly) every conversation, nobody else close. */
  confident(): boolean {
    const [first, second] = this.ranked();
    const total = this.conversations.size;
    return (
      this.invited.size > 0 ||
      (total >= MIN_CONVERSATIONS && first !== undefined && first[1] >= 0.9 * total && (second?.[1] ?? 0) <= 0.5 * total)
    );
  }

  /** The best guess, or null when two people tie (e.g. a single conversation). */
  result(): OwnerInfo | null {
    const fromInvites = [...this.invited].sort((a, b) => b[1] - a[1])[0];
    if (fromInvites) return this.info(fromInvites[0], 'invitations');
    const [first, second] = this.ranked();
    if (!first || (second && second[1] >= first[1])) return null;
    return this.info(first[0], 'messages');
  }

  private ranked(): [ProfileAlias, number][] {
    return [...this.presence].map(([a, s]): [ProfileAlias, number] => [a, s.size]).sort((a, b) => b[1] - a[1]);
  }

  private info(alias: ProfileAlias, source: OwnerInfo['source']): OwnerInfo {
    const name = this.names.get(alias);
    return name ? { aliases: [alias], name, source } : { aliases: [alias], source };
  }
}
