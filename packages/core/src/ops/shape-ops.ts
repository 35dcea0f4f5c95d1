// The movement family: views plus one strided Copy (shape-basic, shape-slice), Pad, the
// depth/space rearrangements and Resize.
import './shape-basic.js';
import './shape-slice.js';
import './shape-pad.js';
import './shape-space.js';
import './resize.js';
