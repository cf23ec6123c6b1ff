const URL_PATTERN = /https?:\/\/[^\s<>"'{}]+/g;
const CODE_HOSTS = /^https?:\/\/(www\.)?(github\.com|gitlab\.com|bitbucket\.org|huggingface\.co|codeberg\.org)\//;
const CODE_CUE = /\b(code|implementation|source|repository|models?|available|released)\b/i;

function trimUrl(url: string): string {
  return url.replace(/[.,;:)\]]+$/, "");
}

/**
 * The code link of an abstract: a repository host, or another URL that the
 * sentence introduces as code ("code is available at https://aka.ms/AutoMoE").
 */
export function extractCodeUrl(abstract: string): string | null {
  for (const match of abstract.matchAll(URL_PATTERN)) {
    const url = trimUrl(match[0]);
    if (CODE_HOSTS.test(url)) return url;
    const before = abstract.slice(Math.max(0, match.index - 80), match.index);
    if (CODE_CUE.test(before) && !/\.github\.io/.test(url)) return url;
  }
  return null;
}
