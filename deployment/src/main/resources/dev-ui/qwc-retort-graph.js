import { QwcHotReloadElement, html, css } from 'qwc-hot-reload-element';
import { JsonRpc } from 'jsonrpc';
import { dataSourcePicker, selectedDataSource } from './retort-datasource.js';
import '@vaadin/button';
import '@vaadin/progress-bar';

/** The revision graph, newest first, marking heads, branch and merge points and where the database is. */
export class QwcRetortGraph extends QwcHotReloadElement {

    jsonRpc = new JsonRpc(this);

    static styles = css`
        :host { display: block; padding: 1em; }
        .error { color: var(--lumo-error-text-color); }
        .ok { color: var(--lumo-success-text-color); }
        table { border-collapse: collapse; margin-top: 1em; }
        td, th { padding: 0.25em 0.75em; text-align: left; }
        .current { font-weight: bold; background: var(--lumo-primary-color-10pct); }
        .tag { font-size: var(--lumo-font-size-xs); border: 1px solid var(--lumo-contrast-30pct); border-radius: 4px; padding: 0 0.3em; margin-right: 0.3em; }`;

    static properties = {
        _dataSources: { state: true },
        _view: { state: true },
        _outcome: { state: true },
        _busy: { state: true }
    };

    connectedCallback() {
        super.connectedCallback();
        this.jsonRpc.dataSources().then(response => this._dataSources = response.result);
        this.hotReload();
    }

    hotReload() {
        this.jsonRpc.graph({ dataSource: selectedDataSource() }).then(response => this._view = response.result);
    }

    render() {
        return html`${dataSourcePicker(this._dataSources, () => this.hotReload())}${this._page()}`;
    }

    _page() {
        if (!this._view) {
            return html`<vaadin-progress-bar indeterminate></vaadin-progress-bar>`;
        }
        const view = this._view;
        return html`
            ${view.error ? html`<div class="error">${view.error}</div>` : ''}
            <vaadin-button ?disabled=${this._busy || view.current.length === 0}
                @click=${() => this._downgradeOne()}>Downgrade one</vaadin-button>
            <vaadin-button @click=${() => this._stamp()}>Stamp…</vaadin-button>
            ${this._renderOutcome()}
            <table>
                <tr><th>Revision</th><th>Parents</th><th>Message</th><th></th></tr>
                ${view.revisions.map(revision => html`
                    <tr class=${view.current.includes(revision.id) ? 'current' : ''}>
                        <td>${revision.id}</td>
                        <td>${revision.parents.join(', ') || 'base'}</td>
                        <td>${revision.message}</td>
                        <td>${this._tags(view, revision)}</td>
                    </tr>`)}
            </table>`;
    }

    _tags(view, revision) {
        const tags = [];
        if (view.current.includes(revision.id)) tags.push('current');
        if (view.heads.includes(revision.id)) tags.push('head');
        if (view.branchPoints.includes(revision.id)) tags.push('branch point');
        if (view.mergePoints.includes(revision.id)) tags.push('merge');
        revision.labels.forEach(label => tags.push(label));
        return tags.map(tag => html`<span class="tag">${tag}</span>`);
    }

    _renderOutcome() {
        const outcome = this._outcome;
        if (!outcome) {
            return '';
        }
        const undone = outcome.applied.length ? `Undid ${outcome.applied.join(', ')}; ` : '';
        return outcome.ok
            ? html`<div class="ok">${undone}now at ${outcome.to.join(', ') || 'base'}.</div>`
            : html`<div class="error">Failed: ${outcome.error}</div>`;
    }

    _stamp() {
        const target = prompt('Stamp the database at which revision? Nothing runs: only the version rows change.', 'head');
        if (target === null || !confirm(`Set the database's version to ${target} without running any revision?`)) {
            return;
        }
        this.jsonRpc.stamp({ dataSource: selectedDataSource(), target: target }).then(response => {
            this._outcome = response.result;
            this.hotReload();
        });
    }

    _downgradeOne() {
        if (!confirm(`Undo the newest applied revision (${this._view.current.join(', ')})? Its downgrade may drop data.`)) {
            return;
        }
        this._busy = true;
        this.jsonRpc.downgradeOne({ dataSource: selectedDataSource() }).then(response => {
            this._outcome = response.result;
            this._busy = false;
            this.hotReload();
        });
    }
}
customElements.define('qwc-retort-graph', QwcRetortGraph);
