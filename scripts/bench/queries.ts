/**
 * The benchmark's fixed query mix, as URL query strings of the search page: words, typos, phrases,
 * one to three facet filters, exclusions, sorts, the empty query with facets, and deep pages.
 */
export const BENCH_QUERIES = [
  // words
  "q=transformer",
  "q=attention",
  "q=swin",
  "q=linear+attention",
  "q=linear+attention+speech",
  "q=vision+transformer",
  "q=language+model",
  "q=point+cloud",
  "q=speech+recognition",
  "q=knowledge+distillation",
  "q=efficient+inference+edge+devices",
  "q=mamba",
  // typos
  "q=tranformer",
  "q=atention+mechanism",
  "q=segmentaton",
  "q=quantisation",
  // phrases (as typed: several words in order)
  "q=state+space+model",
  "q=mixture+of+experts",
  "q=low+rank+adaptation",
  "q=time+series+forecasting",
  // one to three facet filters, with and without words
  "q=mixture+of+experts&technique=moe",
  "q=vision+transformer&domain=vision",
  "q=speech&domain=audio&task=speech-recognition",
  "q=mamba&architecture=state-space",
  "q=diffusion&task=generation&domain=vision&domain=video",
  "q=quantization&technique=quantization&technique=pruning",
  "q=survey&contribution=survey",
  "domain=graph",
  "domain=audio&domain=vision&technique=linear-attention",
  "domain=biomedical&task=segmentation",
  "technique=sparse-attention&architecture=hybrid",
  "technique=distillation&contribution=method&code=1",
  "domain=language&task=language-modeling&technique=efficient-decoding",
  "architecture=convolutional&year=2024",
  "domain=multimodal&year=2025&year=2024",
  "q=transformer&not-domain=language",
  "domain=vision&not-technique=moe&not-contribution=survey",
  // sorts
  "q=transformer&sort=newest",
  "q=attention&sort=upvotes",
  "domain=time-series&task=forecasting&sort=newest",
  "technique=token-reduction&sort=upvotes",
  // the empty query (default sort) and empty with facets
  "",
  "sort=newest",
  "domain=vision",
  "task=detection&domain=video",
  // deep pages
  "q=transformer&page=2",
  "q=transformer&page=50",
  "page=100",
  "q=attention&sort=newest&page=100",
  "domain=vision&page=77",
] as const;
