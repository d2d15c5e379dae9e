// The worker import page: sends the roster with upload progress, then follows the import's own
// progress from the status endpoint, then shows the per-row report. No inline script: CSP.
(() => {
  const form = document.getElementById("import-form");
  if (!form) {
    return;
  }
  const progress = document.getElementById("import-progress");
  const bar = document.getElementById("import-progress-bar");
  const label = document.getElementById("import-progress-label");
  const message = document.getElementById("import-message");
  const report = document.getElementById("import-report");
  const submit = document.getElementById("import-submit");
  const language = document.documentElement.lang || "zh-CN";

  const newId = () => {
    const bytes = crypto.getRandomValues(new Uint8Array(16));
    bytes[6] = (bytes[6] & 0x0f) | 0x40;
    bytes[8] = (bytes[8] & 0x3f) | 0x80;
    const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  };

  const headers = (request) => {
    const token = document.querySelector('meta[name="_csrf"]');
    const header = document.querySelector('meta[name="_csrf_header"]');
    if (token && header) {
      request.setRequestHeader(header.content, token.content);
    }
    request.setRequestHeader("Accept", "application/json, application/problem+json");
    request.setRequestHeader("Accept-Language", language);
  };

  const showBar = (percent, text) => {
    progress.hidden = false;
    bar.style.width = `${percent}%`;
    label.textContent = text;
  };

  const say = (text, kind) => {
    message.hidden = false;
    message.className = `alert alert-${kind}`;
    message.textContent = text;
  };

  const renderErrors = (errors, omitted) => {
    const body = document.querySelector("#import-errors tbody");
    body.replaceChildren();
    for (const error of errors || []) {
      const row = document.createElement("tr");
      for (const value of [error.row ?? "", error.field, error.code, error.message]) {
        const cell = document.createElement("td");
        cell.textContent = value;
        row.appendChild(cell);
      }
      body.appendChild(row);
    }
    const note = document.getElementById("import-omitted");
    note.hidden = !omitted;
    note.textContent = omitted ? form.dataset.omitted.replace("{0}", omitted) : "";
  };

  const renderReport = (result) => {
    report.hidden = false;
    for (const count of ["total", "accepted", "rejected", "skipped"]) {
      report.querySelector(`[data-count="${count}"]`).textContent = result[count] ?? 0;
    }
    renderErrors(result.errors, result.errorsOmitted);
  };

  let polling = null;
  const follow = (id) => {
    polling = setInterval(() => {
      const request = new XMLHttpRequest();
      request.open("GET", `${form.dataset.action}/${id}`);
      headers(request);
      request.onload = () => {
        if (request.status === 200) {
          const status = JSON.parse(request.responseText);
          if (status.status === "RUNNING") {
            showBar(100, form.dataset.importing.replace("{0}", status.progress));
          }
        }
      };
      request.send();
    }, 700);
  };

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const id = newId();
    const data = new FormData(form);
    const request = new XMLHttpRequest();
    request.open("POST", `${form.dataset.action}?mode=${encodeURIComponent(data.get("mode"))}&importId=${id}`);
    headers(request);
    data.delete("mode");
    submit.disabled = true;
    message.hidden = true;
    report.hidden = true;
    request.upload.onprogress = (progressEvent) => {
      if (progressEvent.lengthComputable) {
        const percent = Math.round((progressEvent.loaded * 100) / progressEvent.total);
        showBar(percent, form.dataset.uploading.replace("{0}", percent));
      }
    };
    request.upload.onload = () => follow(id);
    const finish = () => {
      clearInterval(polling);
      submit.disabled = false;
      progress.hidden = true;
    };
    request.onload = () => {
      finish();
      let body = {};
      try {
        body = JSON.parse(request.responseText);
      } catch (notJson) {
        body = {};
      }
      if (request.status === 201) {
        say(form.dataset.done, body.rejected ? "warning" : "success");
        renderReport(body);
      } else {
        say(body.detail || body.title || form.dataset.failed, "danger");
        if (body.errors) {
          report.hidden = false;
          renderErrors(body.errors, 0);
        }
      }
    };
    request.onerror = () => {
      finish();
      say(form.dataset.failed, "danger");
    };
    request.send(data);
  });
})();
