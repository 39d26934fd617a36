/**
 * Keeps the `limit` highest-scoring items seen so far in a binary min-heap on typed arrays: O(n log k) for n
 * offers and no allocation per offer. Ties go to the lower item number, so results are deterministic.
 */
export class TopK {
  private readonly items: Uint32Array;
  private readonly scores: Float64Array;
  private size = 0;

  constructor(readonly limit: number) {
    this.items = new Uint32Array(Math.max(1, limit));
    this.scores = new Float64Array(Math.max(1, limit));
  }

  /** The score an offer must beat to enter, `-Infinity` while there is room. */
  get threshold(): number {
    return this.size < this.limit ? Number.NEGATIVE_INFINITY : (this.scores[0] as number);
  }

  offer(item: number, score: number): void {
    if (this.limit === 0) return;
    if (this.size < this.limit) {
      let index = this.size++;
      while (index > 0) {
        const parent = (index - 1) >> 1;
        if (!this.below(score, item, this.scores[parent] as number, this.items[parent] as number)) break;
        this.items[index] = this.items[parent] as number;
        this.scores[index] = this.scores[parent] as number;
        index = parent;
      }
      this.items[index] = item;
      this.scores[index] = score;
      return;
    }
    if (!this.below(this.scores[0] as number, this.items[0] as number, score, item)) return;
    this.siftDown(item, score);
  }

  /** Items best first. */
  drain(): { items: Uint32Array; scores: Float64Array } {
    const count = this.size;
    const items = new Uint32Array(count);
    const scores = new Float64Array(count);
    for (let position = count - 1; position >= 0; position--) {
      items[position] = this.items[0] as number;
      scores[position] = this.scores[0] as number;
      this.size--;
      if (this.size > 0) this.siftDown(this.items[this.size] as number, this.scores[this.size] as number);
    }
    return { items, scores };
  }

  /** Whether (score, item) ranks below (otherScore, otherItem). */
  private below(score: number, item: number, otherScore: number, otherItem: number): boolean {
    return score < otherScore || (score === otherScore && item > otherItem);
  }

  private siftDown(item: number, score: number): void {
    let index = 0;
    const size = this.size;
    for (;;) {
      const left = 2 * index + 1;
      if (left >= size) break;
      const right = left + 1;
      let child = left;
      if (
        right < size &&
        this.below(this.scores[right] as number, this.items[right] as number, this.scores[left] as number, this.items[left] as number)
      ) {
        child = right;
      }
      if (!this.below(this.scores[child] as number, this.items[child] as number, score, item)) break;
      this.items[index] = this.items[child] as number;
      this.scores[index] = this.scores[child] as number;
      index = child;
    }
    this.items[index] = item;
    this.scores[index] = score;
  }
}
