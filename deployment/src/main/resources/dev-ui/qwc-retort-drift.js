import { QwcHotReloadElement, html, css } from 'qwc-hot-reload-element';
import { JsonRpc } from 'jsonrpc';
import { dataSourcePicker, selectedDataSource } from './retort-datasource.js';
import '@vaadin/progress-bar';
import '@vaadin/button';

/** The entities' changes that no revision covers, compared with the live database. */
export class QwcRetortDrift extends QwcHotReloadElement {

    jsonRpc = new JsonRpc(this);

    static styles = css`
        :host { display: block; padding: 1em; }
        .error { color: var(--lumo-error-text-color); }
        code { font-size: var(--lumo-font-size-s); }`;

    static properties = {
        _dataSources: { state: true },
        _view: { state: true },
        _generated: { state: true }
    };

    connectedCallback() {
        super.connectedCallback();
        this.jsonRpc.dataSources().then(response => this._dataSources = response.result);
        this.hotReload();
    }

    hotReload() {
        this.jsonRpc.drift({ dataSource: selectedDataSource() }).then(response => this._view = response.result);
    }

    render() {
        return html`${dataSourcePicker(this._dataSources, () => this.hotReload())}${this._page()}`;
    }

    _page() {
        const view = this._view;
        if (!view) {
            return html`<vaadin-progress-bar indeterminate></vaadin-progress-bar>`;
        }
        if (!view.available) {
            return html`<div>No Hibernate entities to compare: add Hibernate ORM or Reactive and its entities.</div>`;
        }
        if (view.error) {
            return html`<div class="error">${view.error}</div>`;
        }
        if (view.changes.length === 0) {
            return html`<div>The database matches the entities.</div>`;
        }
        return html`
            <div>The entities have ${view.changes.length} change(s) no revision covers.</div>
            <ul>${view.changes.map(change => html`<li><code>${change}</code></li>`)}</ul>
            <vaadin-button theme="primary" @click=${() => this._generate()}>Generate revision</vaadin-button>
            <span>or <code>mvn retort:revision -Dretort.autogenerate -Dretort.message="describe the change"</code></span>
            ${this._renderGenerated()}`;
    }

    _generate() {
        const message = prompt('What does the revision do? (its message)', 'describe the change');
        if (message === null) {
            return;
        }
        this.jsonRpc.generateRevision({ message: message }).then(response => this._generated = response.result);
    }

    _renderGenerated() {
        const generated = this._generated;
        if (!generated) {
            return html``;
        }
        if (!generated.ok) {
            return html`<div class="error">${generated.error}</div>`;
        }
        return generated.file
            ? html`<div>Wrote <code>${generated.file}</code>: review it; the next hot reload applies it.</div>`
            : html`<div>No changes to generate.</div>`;
    }
}
customElements.define('qwc-retort-drift', QwcRetortDrift);
