// Gopher Drill: keyboard shortcuts (Anki's keys) and the small glue htmx does not do.
"use strict";
window.gd = (function () {
  let shownAt = performance.now();

  function $(sel) { return document.querySelector(sel); }
  function visible(el) { return el && !el.hidden && el.offsetParent !== null; }
  function click(sel) { const el = $(sel); if (el && !el.disabled) { el.click(); return true; } return false; }

  // Reveal a recall card: the answer and the grade buttons were rendered hidden.
  function reveal() {
    const answer = $("#answer"), grades = $("#grades"), button = $("#reveal");
    if (!answer) return;
    answer.hidden = false;
    if (grades) grades.hidden = false;
    if (button) button.hidden = true;
  }

  function gradesShown() { const g = $("#grades"); return visible(g); }

  function grade(n) { return click('#grades button[data-rating="' + n + '"]'); }

  document.addEventListener("keydown", function (e) {
    const t = e.target;
    const typing = t && (t.tagName === "INPUT" && t.type !== "checkbox" && t.type !== "radio"
      || t.tagName === "TEXTAREA" || t.tagName === "SELECT");
    if ($("#step") && !typing && !e.ctrlKey && !e.metaKey && !e.altKey) {
      // Playground: arrows (or h/l) step through the trace, n asks a new question.
      if (e.key === "ArrowRight" || e.key === "l") { e.preventDefault(); click("#next:not([aria-disabled])"); }
      else if (e.key === "ArrowLeft" || e.key === "h") { e.preventDefault(); click("#prev:not([aria-disabled])"); }
      else if (e.key === "n") { e.preventDefault(); click("#new-question"); }
      return;
    }
    if (t && t.id === "source") {
      // The escape editor: Ctrl/Cmd+Enter analyses; Tab indents as gofmt does; Esc leaves the editor.
      if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) { e.preventDefault(); click("#analyze"); }
      else if (e.key === "Tab" && !e.shiftKey && !e.ctrlKey && !e.altKey) {
        e.preventDefault();
        t.setRangeText("\t", t.selectionStart, t.selectionEnd, "end");
      } else if (e.key === "Escape") { t.blur(); }
      return;
    }
    if ($("#interview-setup") || $("#quiz-setup")) {
      // Set-up: the fields are ordinary form fields; Ctrl/Cmd+Enter starts from anywhere.
      if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) { e.preventDefault(); click("#start-interview") || click("#start-quiz"); }
      return;
    }
    if ($("#interview")) { interviewKey(e, t, typing); return; }
    if (!$("#card")) {
      // Anki's overview: Space starts studying.
      if (!typing && e.key === " " && $("#start")) { e.preventDefault(); click("#start"); }
      return;
    }
    if (typing) {
      // Enter submits a one-line answer; a predict answer is several lines, so Ctrl/Cmd+Enter.
      if (e.key === "Enter" && (t.tagName === "INPUT" || e.ctrlKey || e.metaKey)) {
        e.preventDefault();
        click("#check");
      } else if (e.key === "Escape") {
        t.blur();
      }
      return;
    }
    if (e.ctrlKey && e.key.toLowerCase() === "z") { e.preventDefault(); click("#undo"); return; }
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    const dialog = $("#info-dialog");
    if (dialog && dialog.open) return;
    switch (e.key) {
      case " ":
      case "Enter":
        // a focused button or link (the quiz summary's, say) does what it says
        if (t && (t.tagName === "BUTTON" || t.tagName === "A") && visible(t)) return;
        e.preventDefault();
        if (visible($("#reveal"))) reveal();
        else if (gradesShown()) click("#grades button.suggested") || grade(3);
        else click("#check");
        return;
      case "1": case "2": case "3": case "4": case "5": case "6": case "7": case "8": case "9":
        if (gradesShown()) { if (Number(e.key) <= 4) grade(e.key); return; }
        const option = $('#answer-form input[data-choice="' + e.key + '"]');
        if (option) { option.checked = option.type === "radio" ? true : !option.checked; }
        return;
      case "u": click("#undo"); return;
      case "-": click("#bury"); return;
      case "@": click("#suspend"); return;
      case "i": click("#info"); return;
      case "s": window.location.href = "/"; return;
    }
  });

  // Interview: Ctrl/Cmd+Enter submits (Enter too in a one-line field), 1-9 pick a choice,
  // Esc leaves the field and, outside one, asks whether to finish.
  function interviewKey(e, t, typing) {
    const dialog = $("#finish-dialog");
    if (dialog && dialog.open) return;
    if (e.key === "Enter" && (e.ctrlKey || e.metaKey || typing && t.tagName === "INPUT" || !typing)) {
      e.preventDefault();
      click("#submit-answer");
      return;
    }
    if (e.key === "Escape") {
      e.preventDefault();
      if (typing) t.blur(); else if (dialog) dialog.showModal();
      return;
    }
    if (!typing && !e.ctrlKey && !e.metaKey && !e.altKey && e.key >= "1" && e.key <= "9") {
      const option = $('#answer-form input[data-choice="' + e.key + '"]');
      if (option) { option.checked = option.type === "radio" ? true : !option.checked; }
    }
  }

  // The countdown only displays the server's end time: the offset between the server's
  // clock and this one is taken once, so a reload or a slow tab shows the same time left.
  function countdown() {
    const el = $("#countdown");
    if (!el) return;
    const endsAt = Number(el.dataset.endsAt), skew = Number(el.dataset.serverNow) - Date.now();
    function tick() {
      const left = endsAt - (Date.now() + skew);
      const s = Math.max(0, Math.ceil(left / 1000));
      el.textContent = Math.floor(s / 60) + ":" + String(s % 60).padStart(2, "0");
      el.classList.toggle("low", s <= 60);
      // a second's grace, so the server has surely seen the end when the page asks again
      if (left < -1000) { window.location.href = el.dataset.over; return; }
      setTimeout(tick, 250);
    }
    tick();
  }

  document.addEventListener("htmx:configRequest", function (e) {
    const token = document.querySelector('meta[name="csrf-token"]');
    if (token) e.detail.headers["X-CSRF-TOKEN"] = token.content;
    if (e.detail.path === "/practice/grade" || /^\/quiz\/\d+\/answer$/.test(e.detail.path)) e.detail.parameters.timeTakenMs = Math.round(performance.now() - shownAt);
  });

  // Browse: the "select all" box ticks every card shown (the list is swapped by htmx, so delegate).
  document.addEventListener("change", function (e) {
    if (e.target.id !== "pick-all") return;
    document.querySelectorAll('#card-actions input[name="cardId"]').forEach(function (box) { box.checked = e.target.checked; });
  });

  // Buttons say what they do in data-click: the Content-Security-Policy runs no inline handler.
  document.addEventListener("click", function (e) {
    const el = e.target.closest("[data-click]");
    if (!el) return;
    const action = el.getAttribute("data-click");
    if (action === "reveal") reveal();
    else if (action === "open-dialog") document.getElementById(el.getAttribute("data-dialog")).showModal();
    else if (action === "close-dialog") el.closest("dialog").close();
  });

  document.addEventListener("htmx:afterSwap", function (e) {
    // htmx wires up what it swapped in only when the swap settles, 20 ms later (longer on a
    // busy phone). A key or a tap in between would submit the bare form as a page load that
    // loses the answer; so wire it up now (settling skips what is wired up already).
    htmx.process(e.target);
    if (e.detail.target && e.detail.target.id === "info-dialog") {
      e.detail.target.showModal();
    } else if (e.detail.target && e.detail.target.id === "verdict") {
      // After a check the keys grade: take the focus out of the answer field.
      if (document.activeElement) document.activeElement.blur();
      const form = $("#answer-form");
      if (form) form.querySelectorAll("input,textarea,button").forEach(function (el) { el.disabled = true; });
    } else if (e.detail.target && e.detail.target.id === "interview" || e.detail.elt && e.detail.elt.id === "interview") {
      const input = $("#answer-input");
      if (input) input.focus();
    } else if (e.detail.target && e.detail.target.id === "card" || e.detail.elt && e.detail.elt.id === "card") {
      shownAt = performance.now();
      const input = $("#answer-input");
      if (input) input.focus();
    }
  });

  // Show a failed request in the page instead of failing silently: in the practice card, the
  // interview, or the escape playground's result.
  function errorPanel() { return $("#card") || $("#interview") || $("#escape-result"); }
  document.addEventListener("htmx:responseError", function (e) {
    const card = errorPanel();
    if (!card) return;
    let p = $("#action-error");
    if (!p) { p = document.createElement("p"); p.id = "action-error"; p.className = "error"; p.setAttribute("role", "alert"); card.prepend(p); }
    p.textContent = "HTTP " + e.detail.xhr.status + ": " + (e.detail.xhr.responseText || "").slice(0, 300);
  });
  document.addEventListener("htmx:sendError", function () {
    const card = errorPanel();
    if (card && !$("#action-error")) {
      const p = document.createElement("p"); p.id = "action-error"; p.className = "error"; p.textContent = "Network error — check your connection and try again.";
      card.prepend(p);
    }
  });

  // The sign-up form sends the browser's time zone, so days roll over at the learner's 04:00.
  document.addEventListener("DOMContentLoaded", function () {
    countdown();
    document.querySelectorAll("time[data-local]").forEach(function (el) {
      el.textContent = new Date(el.getAttribute("datetime")).toLocaleString([], { dateStyle: "medium", timeStyle: "short" });
    });
    // Settings: an export file is sent as it is to the import API; its answer is shown in the page.
    const file = document.getElementById("import-file");
    if (file) file.addEventListener("change", function () {
      const out = document.getElementById("import-result");
      if (!file.files.length) return;
      out.className = ""; out.textContent = out.dataset.importing;
      const token = document.querySelector('meta[name="csrf-token"]');
      file.files[0].text().then(function (body) {
        return fetch("/api/me/import", { method: "POST", body: body, headers: {
          "Content-Type": "application/json", "X-CSRF-TOKEN": token ? token.content : "" } });
      }).then(function (r) {
        return r.json().then(function (j) {
          if (!r.ok) { out.className = "error"; out.textContent = "HTTP " + r.status + ": " + j.detail; return; }
          out.textContent = out.dataset.done.replace("%log%", j.reviewLog).replace("%states%", j.reviewStates)
            .replace("%interviews%", j.interviews).replace("%quizzes%", j.quizzes);
        });
      }).catch(function (err) { out.className = "error"; out.textContent = String(err); });
    });
    const tz = document.getElementById("timeZone");
    if (tz && tz.type === "hidden") {
      try { tz.value = Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC"; } catch (err) { /* keep UTC */ }
    }
  });

  return { reveal: reveal, elapsed: function () { return Math.round(performance.now() - shownAt); } };
})();
