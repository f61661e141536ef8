// Moves keyboard and screen-reader focus to the error summary when a form comes back with problems.
(function () {
    var summary = document.querySelector('.error-summary');
    if (summary) {
        summary.focus();
    }
})();
