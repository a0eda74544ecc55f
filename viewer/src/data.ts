// Where the page gets its graph: embedded in the page (the --html bundle) or from the server. On a large
// corpus the server sends an overview (vm.scope) and answers for more of it: an entity's neighbourhood,
// entities by name, an article's text.
import type { EntityHit, ViewModel } from '../../src/graph/types.js';

/** The server's pages for more of a large corpus than the overview holds. */
export interface CorpusParts {
  neighbourhood(entity: string): Promise<ViewModel>;
  search(text: string): Promise<EntityHit[]>;
  articleText(article: string): Promise<string>;
}

export interface Source {
  vm: ViewModel;
  /** True when the page runs without a server (file://): SPARQL runs in the page. */
  standalone: boolean;
  turtle(): Promise<string>;
  /** Set when the page shows a part of a large corpus. */
  parts?: CorpusParts;
}

/** A JSON page of the server; its own message (one line) when it refuses. */
async function getJson<T>(url: string): Promise<T> {
  const res = await fetch(url);
  if (!res.ok) throw new Error((await res.text()).trim() || `HTTP ${res.status}`);
  return (await res.json()) as T;
}

const serverParts: CorpusParts = {
  neighbourhood: (entity) => getJson<ViewModel>(`neighbourhood.json?entity=${encodeURIComponent(entity)}`),
  search: async (text) => (await getJson<{ hits: EntityHit[] }>(`search.json?q=${encodeURIComponent(text)}`)).hits,
  articleText: async (article) => (await getJson<{ text: string }>(`article.json?iri=${encodeURIComponent(article)}`)).text,
};

export async function loadSource(): Promise<Source> {
  const embedded = document.getElementById('newskg-data');
  if (embedded?.textContent) {
    const vm = JSON.parse(embedded.textContent) as ViewModel;
    // The Turtle is a JSON string so that "</script>" inside a literal cannot end its block.
    const ttl = document.getElementById('newskg-turtle')?.textContent;
    return { vm, standalone: true, turtle: async () => (ttl ? (JSON.parse(ttl) as string) : '') };
  }
  const res = await fetch('data.json');
  if (!res.ok) throw new Error(`could not load data.json (HTTP ${res.status})`);
  const vm = (await res.json()) as ViewModel;
  return {
    vm,
    standalone: false,
    turtle: async () => {
      const r = await fetch('graph.ttl');
      if (!r.ok) throw new Error(`could not load graph.ttl (HTTP ${r.status})`);
      return r.text();
    },
    ...(vm.scope ? { parts: serverParts } : {}),
  };
}
