// Where the page gets its graph: embedded in the page (the --html bundle) or from the server.
import type { ViewModel } from '../../src/graph/types.js';

export interface Source {
  vm: ViewModel;
  /** True when the page runs without a server (file://): SPARQL runs in the page. */
  standalone: boolean;
  turtle(): Promise<string>;
}

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
  };
}
