// Guesses the paginator from the first page when a config leaves it out, in
// dlt's order: a Link header with rel="next"; a "next…" key holding a URL;
// a total_pages/pages key; a "next…" key holding a cursor; else one page.
// The guess is reported so the user can pin it in the pipeline file.
#pragma once

#include "http/Paginator.h"

namespace PaginatorDetector {

struct Guess
{
    std::unique_ptr<Paginator> paginator;
    // 1.0 for links, 0.5 for page numbers and cursors, 0 for single_page.
    double confidence = 0;
};

Guess detect(const PageResponse& firstPage);

} // namespace PaginatorDetector
