import { html, css } from 'qwc-hot-reload-element';
import { RetortPage } from './retort-page.js';
import '@vaadin/button';

/** The entities' changes that no revision covers, compared with the live database. */
export class QwcRetortDrift extends RetortPage {

    static styles = [RetortPage.styles, css`
        code { font-size: var(--lumo-font-size-s); }`];

    load(dataSource) {
        return this.jsonRpc.drift({ dataSource: dataSource });
    }

    page(view) {
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
        this.jsonRpc.generateRevision({ message: message }).then(response => this._outcome = response.result);
    }

    _renderGenerated() {
        const generated = this._outcome;
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
