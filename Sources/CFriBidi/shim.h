#ifndef SAHIFA_CFRIBIDI_SHIM_H
#define SAHIFA_CFRIBIDI_SHIM_H
#include <fribidi/fribidi.h>
#endif
