import { html } from 'qwc-hot-reload-element';

// The datasource the Retort pages show, shared by the pages and kept across reloads.
const KEY = 'retort.dataSource';

export function selectedDataSource() {
    return localStorage.getItem(KEY) || '<default>';
}

/** A select over the datasources, shown only when there are several; onChange re-reads the page. */
export function dataSourcePicker(names, onChange) {
    if (!names || names.length < 2) {
        return html``;
    }
    const selected = selectedDataSource();
    return html`<label class="datasource">Datasource
        <select @change=${event => { localStorage.setItem(KEY, event.target.value); onChange(); }}>
            ${names.map(name => html`<option value=${name} ?selected=${name === selected}>${name}</option>`)}
        </select></label>`;
}
