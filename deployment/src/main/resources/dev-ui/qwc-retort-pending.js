import { QwcHotReloadElement, html, css } from 'qwc-hot-reload-element';
import { JsonRpc } from 'jsonrpc';
import { dataSourcePicker, selectedDataSource } from './retort-datasource.js';
import '@vaadin/button';
import '@vaadin/progress-bar';

/** What an upgrade to the heads would run, with buttons to run all of it or one step. */
export class QwcRetortPending extends QwcHotReloadElement {

    jsonRpc = new JsonRpc(this);

    static styles = css`
        :host { display: block; padding: 1em; }
        .error { color: var(--lumo-error-text-color); }
        .ok { color: var(--lumo-success-text-color); }
        pre { background: var(--lumo-contrast-5pct); padding: 0.5em; overflow-x: auto; }
        .buttons { display: flex; gap: 0.5em; margin: 1em 0; }`;

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
        this.jsonRpc.pending({ dataSource: selectedDataSource() }).then(response => this._view = response.result);
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
            <div>Database at <b>${view.current.join(', ') || 'base'}</b>; heads <b>${view.heads.join(', ') || 'none'}</b>.</div>
            ${view.error ? html`<div class="error">${view.error}</div>` : ''}
            <div class="buttons">
                <vaadin-button theme="primary" ?disabled=${this._busy || view.steps.length === 0}
                    @click=${() => this._upgrade('head')}>Upgrade to head</vaadin-button>
                <vaadin-button ?disabled=${this._busy || view.steps.length === 0}
                    @click=${() => this._upgrade('+1')}>Upgrade one</vaadin-button>
            </div>
            ${this._renderOutcome()}
            ${view.steps.length === 0 && !view.error ? html`<div>Nothing pending: the database is at the heads.</div>` : ''}
            ${view.steps.map(step => html`
                <h4>${step.revision} — ${step.message}</h4>
                <pre>${step.sql.map(sql => sql + ';').join('\n')}</pre>`)}`;
    }

    _renderOutcome() {
        const outcome = this._outcome;
        if (!outcome) {
            return '';
        }
        return outcome.ok
            ? html`<div class="ok">Applied ${outcome.applied.join(', ') || 'nothing'}; now at ${outcome.to.join(', ') || 'base'}.</div>`
            : html`<div class="error">Upgrade failed: ${outcome.error}</div>`;
    }

    _upgrade(target) {
        const what = target === 'head' ? 'all pending revisions' : 'the next pending revision';
        if (!confirm(`Apply ${what} to the database?`)) {
            return;
        }
        this._busy = true;
        this.jsonRpc.upgrade({ dataSource: selectedDataSource(), target: target }).then(response => {
            this._outcome = response.result;
            this._busy = false;
            this.hotReload();
        });
    }
}
customElements.define('qwc-retort-pending', QwcRetortPending);
