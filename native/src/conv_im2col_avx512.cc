// The AVX-512 build of the im2col / col2im row kernels (Note [im2col ISA builds]).
#include "conv_im2col.cc"
