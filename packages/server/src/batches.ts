// Calls wanted at the same moment, made as one. Each caller asks for one item under a key; every
// item of a key asked before the event loop turns (up to `max` a call) goes in one call of `run`,
// which answers each item in the order asked. A failed call fails each of its items, and only those.
// With `oneAtATime`, a key has at most one call running: what is asked meanwhile waits and goes in
// the next call, made as soon as the running one ends (a group commit: under a rush, the busier a
// key, the more each call carries).

export interface BatchOptions {
  /** The most items one call carries. */
  max: number;
  /** One call of a key at a time (default: calls of a key may overlap). */
  oneAtATime?: boolean;
}

interface Waiting<Item, Answer> {
  item: Item;
  resolve: (answer: Answer) => void;
  reject: (error: unknown) => void;
}

interface Queue<Item, Answer> {
  waiting: Waiting<Item, Answer>[];
  running: number;
  scheduled: boolean;
}

export interface Batched<Key, Item, Answer> {
  (key: Key, item: Item): Promise<Answer>;
  /** How many items of the key wait for a call (not those in a running one). */
  waiting(key: Key): number;
}

export function batched<Key, Item, Answer>(
  options: BatchOptions,
  run: (key: Key, items: Item[]) => Promise<Answer[]>,
): Batched<Key, Item, Answer> {
  const queues = new Map<Key, Queue<Item, Answer>>();

  const send = (key: Key, queue: Queue<Item, Answer>, part: Waiting<Item, Answer>[]) => {
    queue.running++;
    Promise.resolve()
      .then(() =>
        run(
          key,
          part.map((w) => w.item),
        ),
      )
      .then((answers) => {
        if (answers.length !== part.length)
          throw new Error(`${part.length} items got ${answers.length} answers`);
        part.forEach((w, i) => {
          w.resolve(answers[i] as Answer);
        });
      })
      .catch((error: unknown) => {
        for (const w of part) w.reject(error);
      })
      .finally(() => {
        queue.running--;
        flush(key, queue);
      });
  };

  const flush = (key: Key, queue: Queue<Item, Answer>) => {
    queue.scheduled = false;
    while (queue.waiting.length > 0 && !(options.oneAtATime && queue.running > 0)) {
      send(key, queue, queue.waiting.splice(0, options.max));
    }
    if (queue.waiting.length === 0 && queue.running === 0 && queues.get(key) === queue) queues.delete(key);
  };

  const ask = (key: Key, item: Item) =>
    new Promise<Answer>((resolve, reject) => {
      let queue = queues.get(key);
      if (!queue) {
        queue = { waiting: [], running: 0, scheduled: false };
        queues.set(key, queue);
      }
      queue.waiting.push({ item, resolve, reject });
      if (!queue.scheduled && !(options.oneAtATime && queue.running > 0)) {
        queue.scheduled = true;
        const scheduledQueue = queue;
        setImmediate(() => flush(key, scheduledQueue));
      }
    });
  return Object.assign(ask, { waiting: (key: Key) => queues.get(key)?.waiting.length ?? 0 });
}
