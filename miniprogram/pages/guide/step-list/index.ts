/**
 * A guide block's numbered steps: each step's number in a filled circle, a line down to the next, the text
 * beside it. Ours rather than vant's steps, which would keep steps (and its icon) in the main package for one
 * block kind of a subpackage, and which needs its numbers written into the text.
 */
Component({
  properties: {
    steps: { type: Array, value: [] as string[] },
  },
});
