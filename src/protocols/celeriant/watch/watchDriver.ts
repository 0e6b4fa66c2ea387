import { fromCallback } from 'xstate';
import { classifyCeleriant } from '../../../codes/celeriant/classifyCeleriant.ts';
import type { Verdict } from '../../../codes/types.ts';
import { timeoutOption } from '../../../machines/shared/delays.ts';
import type { SubscriptionDriverCommand } from '../../../machines/subscription/subscription.types.ts';
import type { CeleriantConnection, Exchange } from '../celeriantConnection.ts';
import { openIdentified } from '../openIdentified.ts';
import {
  identifyOf,
  knownNodes,
  resolveApiKey,
  type SessionCore,
  verdictOfServerError,
} from '../sessionCore.ts';
import type { CeleriantWatchFilter, CeleriantWatchHandlers } from './celeriantWatchTypes.ts';

/** The verdict of a `celeriant.watch.*` catalog row: something the client saw itself (EOF, silence). */
function localVerdict(rule: string, reason: string, cause?: Verdict): Verdict {
  return classifyCeleriant({
    protocol: 'celeriant',
    kind: 'local',
    rule,
    reason,
    ...(cause ? { cause } : {}),
  });
}

/** Shard count of a fan-out verdict (9001/9002 on the probe), read from the catalog's details. */
function fanOutShards(verdict: Verdict): number | undefined {
  const details = verdict.details as { fanOut?: unknown; shards?: unknown } | undefined;
  return details?.fanOut === true && typeof details.shards === 'number' ? details.shards : undefined;
}

/**
 * A watch as seen by the subscription machine. Each `driver.subscribe` opens fresh identified
 * connections (one, or one per shard after a 9001/9002 probe answer) and reports `subscribe.ok`
 * once every stream sent its empty ack frame. After the watch request nothing is ever written
 * on those sockets (spec §1.9). Losing a stream (EOF, 8002–8004, no heartbeat) is reported as a
 * `resubscribe` verdict; the machine backs off and subscribes again.
 */
export function createWatchDriver(
  core: SessionCore,
  filter: CeleriantWatchFilter,
  handlers: CeleriantWatchHandlers,
  hooks: { onAcked(shards: number): void; onLost(verdict: Verdict): void },
) {
  return fromCallback<SubscriptionDriverCommand, { channel: string }>(({ sendBack, receive }) => {
    let streams: CeleriantConnection[] = [];
    let shards: number | undefined;
    let generation = 0;
    let dialFailures = 0;
    let watchdog: unknown;
    const liveness = timeoutOption(core.options.watchLivenessTimeout, 15_000); // 0, Infinity: off

    const teardown = () => {
      generation++;
      core.timers.clearTimeout(watchdog);
      for (const stream of streams) stream.close('watch closed');
      streams = [];
    };
    const lose = (verdict: Verdict) => {
      teardown();
      hooks.onLost(verdict);
      sendBack({ type: 'server.verdict', verdict });
    };
    const feed = () => {
      core.timers.clearTimeout(watchdog);
      if (liveness > 0) {
        watchdog = core.timers.setTimeout(
          () => lose(localVerdict('celeriant.watch.liveness', `no frame for ${liveness} ms`)),
          liveness,
        );
      }
    };
    const onServerError = (verdict: Verdict) => {
      const fanOut = fanOutShards(verdict);
      if (fanOut !== undefined) {
        const first = shards === undefined;
        shards = first ? fanOut : undefined;
        // A fan-out answer to a per-shard watch means the shard layout changed: probe again after a
        // backoff (the verdict's `immediate` would otherwise turn an invalid shard_id into a hot loop).
        lose(first ? verdict : localVerdict('celeriant.watch.reprobe', verdict.reason ?? '', verdict));
        return;
      }
      if (verdict.scope === 'connection') core.report({ type: 'server.verdict', verdict });
      // What a watch does with a verdict of another scope is the catalog's call (its rescope rows).
      lose(
        classifyCeleriant({
          protocol: 'celeriant',
          kind: 'rescope',
          scope: 'subscription',
          cause: verdict,
          reason: verdict.reason ?? verdict.rule,
        }),
      );
    };

    const start = async (fresh: boolean) => {
      teardown();
      const mine = generation;
      const nodes = [core.pool.target, ...knownNodes(core.options)];
      const target = nodes[dialFailures % nodes.length] as string;
      const count = shards ?? 1;
      let identify: ReturnType<typeof identifyOf>;
      try {
        identify = identifyOf(await resolveApiKey(core, fresh));
      } catch (error) {
        if (mine === generation) lose(localVerdict('celeriant.watch.api-key', String(error)));
        return;
      }
      const opened = await Promise.all(
        Array.from({ length: count }, () => openIdentified(target, core.settings, identify)),
      );
      if (mine !== generation) {
        for (const checkout of opened) if (checkout.ok) checkout.connection.close('superseded');
        return;
      }
      const failure = opened.find((checkout) => !checkout.ok);
      if (failure && !failure.ok) {
        for (const checkout of opened) if (checkout.ok) checkout.connection.close('sibling failed');
        return report(failure.failure);
      }
      streams = opened.flatMap((checkout) => (checkout.ok ? [checkout.connection] : []));
      const acked = new Set<number>();
      feed();
      streams.forEach((stream, index) => {
        const request = shards === undefined ? filter : { ...filter, shardId: index };
        stream.startWatch(request, (exchange) => {
          if (mine !== generation) return;
          feed();
          if (exchange.type !== 'response' || exchange.response.kind !== 'watch') return report(exchange);
          const { events } = exchange.response.body;
          if (!acked.has(index) && events.length === 0) {
            acked.add(index);
            if (acked.size === streams.length) {
              dialFailures = 0;
              sendBack({ type: 'subscribe.ok' });
              hooks.onAcked(streams.length);
            }
            return;
          }
          for (const event of events) handlers.onEvent?.(event);
        });
      });
    };

    function report(exchange: Exchange): void {
      if (exchange.type === 'server-error') {
        onServerError(verdictOfServerError(core, exchange.error));
        return;
      }
      if (exchange.type === 'transport' && exchange.dialFailed) dialFailures++;
      const reason = exchange.type === 'transport' ? exchange.reason : 'unexpected frame on a watch';
      lose(localVerdict('celeriant.watch.eof', reason));
    }

    receive((command) => {
      if (command.type === 'driver.subscribe') void start(command.freshCredentials);
      else teardown();
    });
    return teardown;
  });
}
