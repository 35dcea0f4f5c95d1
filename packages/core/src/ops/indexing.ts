// The indexing family: gathers and scatters (index-gather), TopK NonZero Trilu OneHot (index-misc).
import './index-gather.js';
import './index-misc.js';
