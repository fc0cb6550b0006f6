import { QwcHotReloadElement, html, css } from 'qwc-hot-reload-element';
import { JsonRpc } from 'jsonrpc';
import { dataSourcePicker, selectedDataSource } from './retort-datasource.js';
import '@vaadin/progress-bar';

/**
 * What every Retort page shares: the datasource picker, the view `load(dataSource)` reads (again on
 * every hot reload), a progress bar until it comes, and actions that ask first, run on the selected
 * datasource, show their outcome and read the page again. A page implements `load` and `page(view)`.
 */
export class RetortPage extends QwcHotReloadElement {

    jsonRpc = new JsonRpc(this);

    static styles = css`
        :host { display: block; padding: 1em; }
        .error { color: var(--lumo-error-text-color); }
        .ok { color: var(--lumo-success-text-color); }`;

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
        this.load(selectedDataSource()).then(response => this._view = response.result);
    }

    render() {
        return html`${dataSourcePicker(this._dataSources, () => this.hotReload())}${this._view
            ? this.page(this._view)
            : html`<vaadin-progress-bar indeterminate></vaadin-progress-bar>`}`;
    }

    /** Runs `call(dataSource)` once the user confirms `question`; its result becomes the outcome. */
    act(question, call) {
        if (!confirm(question)) {
            return;
        }
        this._busy = true;
        call(selectedDataSource()).then(response => {
            this._outcome = response.result;
            this._busy = false;
            this.hotReload();
        });
    }
}
