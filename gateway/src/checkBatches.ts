// Calls wanted at the same moment, made as one: each caller asks for one item, and every item
// asked before the event loop turns (up to `max` a call) goes in one call of `many`, which answers
// each item in the order asked. A failed call fails each of its items.

export function batchedCalls<Item, Answer>(
  max: number,
  many: (items: Item[]) => Promise<Answer[]>,
): (item: Item) => Promise<Answer> {
  let waiting: { item: Item; resolve: (a: Answer) => void; reject: (e: unknown) => void }[] = [];
  const send = () => {
    const batch = waiting;
    waiting = [];
    for (let at = 0; at < batch.length; at += max) {
      const part = batch.slice(at, at + max);
      many(part.map((w) => w.item)).then(
        (answers) => {
          part.forEach((w, i) => {
            w.resolve(answers[i] as Answer);
          });
        },
        (error: unknown) => {
          for (const w of part) w.reject(error);
        },
      );
    }
  };
  return (item) =>
    new Promise<Answer>((resolve, reject) => {
      if (waiting.length === 0) setImmediate(send);
      waiting.push({ item, resolve, reject });
    });
}
