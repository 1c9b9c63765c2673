#include "source/RecordSink.h"

RecordSink::~RecordSink() = default;
