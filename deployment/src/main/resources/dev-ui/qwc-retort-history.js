import { QwcHotReloadElement, html, css } from 'qwc-hot-reload-element';
import { JsonRpc } from 'jsonrpc';
import { dataSourcePicker, selectedDataSource } from './retort-datasource.js';
import '@vaadin/grid';
import '@vaadin/progress-bar';

/** The history table: every upgrade, downgrade and stamp, oldest first. */
export class QwcRetortHistory extends QwcHotReloadElement {

    jsonRpc = new JsonRpc(this);

    static styles = css`
        .error { color: var(--lumo-error-text-color); padding: 1em; }
        .empty { padding: 1em; }
        .changed { color: var(--lumo-error-text-color); font-weight: bold; }`;

    static properties = {
        _dataSources: { state: true },
        _view: { state: true }
    };

    connectedCallback() {
        super.connectedCallback();
        this.jsonRpc.dataSources().then(response => this._dataSources = response.result);
        this.hotReload();
    }

    hotReload() {
        this.jsonRpc.history({ dataSource: selectedDataSource() }).then(response => this._view = response.result);
    }

    render() {
        return html`${dataSourcePicker(this._dataSources, () => this.hotReload())}${this._page()}`;
    }

    _page() {
        if (!this._view) {
            return html`<vaadin-progress-bar indeterminate></vaadin-progress-bar>`;
        }
        if (this._view.error) {
            return html`<div class="error">${this._view.error}</div>`;
        }
        if (this._view.rows.length === 0) {
            return html`<div class="empty">Nothing applied yet.</div>`;
        }
        return html`<vaadin-grid .items=${this._view.rows} theme="no-border" all-rows-visible>
                <vaadin-grid-column path="revision" auto-width></vaadin-grid-column>
                <vaadin-grid-column path="direction" auto-width></vaadin-grid-column>
                <vaadin-grid-column path="message" auto-width></vaadin-grid-column>
                <vaadin-grid-column path="appliedAt" header="Applied at" auto-width></vaadin-grid-column>
                <vaadin-grid-column path="durationMillis" header="ms" auto-width></vaadin-grid-column>
                <vaadin-grid-column header="Checksum" auto-width
                    .renderer=${(root, column, model) => {
                        root.textContent = model.item.checksumStatus;
                        root.className = model.item.checksumStatus === 'changed' ? 'changed' : '';
                    }}></vaadin-grid-column>
            </vaadin-grid>`;
    }
}
customElements.define('qwc-retort-history', QwcRetortHistory);
