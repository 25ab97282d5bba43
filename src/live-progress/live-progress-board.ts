import type { ChannelName } from "../core/messages.js";
import type { LiveProgressPort } from "../core/ports.js";
import type { LiveProgress } from "./live-progress.js";

/**
 * The core's live progress port, filled in as channels with a display are created: the core
 * exists before the channels that use it.
 */
export interface LiveProgressBoard extends LiveProgressPort {
  attach(channel: ChannelName, liveProgress: LiveProgress): void;
  /** Every attached channel's live progress, to start and stop with the bot. */
  all(): LiveProgress[];
}

export function createLiveProgressBoard(): LiveProgressBoard {
  const byChannel = new Map<ChannelName, LiveProgress>();
  return {
    on: (channel) => byChannel.get(channel),
    attach: (channel, liveProgress) => void byChannel.set(channel, liveProgress),
    all: () => [...byChannel.values()],
  };
}
