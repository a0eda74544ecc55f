// The line above the graph on a part of a large corpus: what is on screen of how much, how to see more, and
// what the last expansion brought in (or why it failed).
import type { ViewModel } from '../../src/graph/types.js';
import { byId } from './dom.js';
import type { ViewState } from './state.js';

let last: { text: string; error: boolean } | null = null;

/** Shows the scope line; `message` replaces the last one (kept otherwise), an expansion under way takes its place. */
export function showScope(vm: ViewModel, state: ViewState, message?: string, error = false): void {
  const box = byId('scope');
  const scope = vm.scope;
  if (!scope) {
    box.hidden = true;
    return;
  }
  if (message !== undefined) last = { text: message, error };
  const total = `${scope.entities.toLocaleString('en-US')}${scope.entitiesAtLeast ? '+' : ''}`;
  byId('scope-summary').textContent = `Large corpus: ${vm.nodes.length.toLocaleString('en-US')} of ${total} entities loaded`
    + `${state.expanded.size ? '' : ', the most mentioned'}. Search, or double-click an entity, to bring in its neighbours.`;
  const status = byId('scope-status');
  const busy = state.expanding;
  status.textContent = busy ? `Bringing in the neighbours of ${vm.nodes.find((n) => n.id === busy)?.label ?? busy}…` : (last?.text ?? '');
  status.classList.toggle('error', !busy && !!last?.error);
  box.hidden = false;
}
