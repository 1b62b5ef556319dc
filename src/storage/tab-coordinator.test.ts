import { describe, expect, it, vi } from 'vitest';
import { TabCoordinator } from './tab-coordinator';
import type { TabChannel, TabMessage } from './tab-coordinator';

/** Channels that deliver to each other asynchronously, like BroadcastChannel. */
function bus() {
  const channels: TabChannel[] = [];
  const make = (): TabChannel => {
    const ch: TabChannel = {
      onmessage: null,
      postMessage(message: TabMessage) {
        for (const other of channels) {
          if (other !== ch) setTimeout(() => other.onmessage?.({ data: message }), 0);
        }
      },
      close() {},
    };
    channels.push(ch);
    return ch;
  };
  return make;
}

const tick = () => new Promise((r) => setTimeout(r, 5));

function events() {
  return { onOpenElsewhere: vi.fn(), beforeRelease: vi.fn(async () => {}), onTakenOver: vi.fn() };
}

describe('TabCoordinator', () => {
  it('turns the later tab on the same draft read-only and leaves the first editing', async () => {
    const make = bus();
    const a = events();
    const b = events();
    const first = new TabCoordinator('d1', 'A', make(), a);
    first.announce();
    await tick();
    const second = new TabCoordinator('d1', 'B', make(), b);
    second.announce();
    // Two hops (announce → reply) through the asynchronous bus: wait for the reply, not a fixed time.
    await vi.waitFor(() => expect(b.onOpenElsewhere).toHaveBeenCalledTimes(1));
    expect(second.isEditing).toBe(false);
    expect(first.isEditing).toBe(true);
    expect(a.onOpenElsewhere).not.toHaveBeenCalled();
  });

  it('ignores tabs on other drafts', async () => {
    const make = bus();
    const b = events();
    new TabCoordinator('d1', 'A', make(), events()).announce();
    const second = new TabCoordinator('d2', 'B', make(), b);
    second.announce();
    await tick();
    expect(b.onOpenElsewhere).not.toHaveBeenCalled();
    expect(second.isEditing).toBe(true);
  });

  it('taking over saves and releases the other tab first', async () => {
    const make = bus();
    const a = events();
    const first = new TabCoordinator('d1', 'A', make(), a);
    const second = new TabCoordinator('d1', 'B', make(), events());
    second.announce();
    await tick();
    await second.takeOver();
    expect(a.beforeRelease).toHaveBeenCalledTimes(1);
    expect(a.onTakenOver).toHaveBeenCalledTimes(1);
    expect(first.isEditing).toBe(false);
    expect(second.isEditing).toBe(true);
  });
});
