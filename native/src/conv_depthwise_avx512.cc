// The AVX-512 build of the direct depthwise convolution (Note [Depthwise ISA builds]).
#define TANDEM_DEPTHWISE_NAME depthwiseAvx512
#include "conv_depthwise.cc"
