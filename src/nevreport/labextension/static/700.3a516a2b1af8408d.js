"use strict";(self.rspackChunknevreport_prose=self.rspackChunknevreport_prose||[]).push([[700],{646(e,t,r){var n=r(601),o=r.n(n),a=r(314),s=(r.n(a))()(o());s.push([e.id,`/* A %%prose cell shows its paragraph once: the source while it is edited, the paragraph while it is read.
   An error (nr-prose-shown is not set) stays in view with the source. */
.jp-Notebook .jp-Cell.nr-prose.nr-prose-shown.nr-prose-editing .jp-Cell-outputWrapper {
  display: none;
}

.jp-Notebook .jp-Cell.nr-prose.nr-prose-shown:not(.nr-prose-editing) .jp-Cell-inputWrapper {
  display: none;
}

/* The paragraph reads as text, as a rendered Markdown cell does: no Out[n] prompt beside it. */
.jp-Notebook .jp-Cell.nr-prose .jp-OutputArea-promptOverlay,
.jp-Notebook .jp-Cell.nr-prose .jp-OutputPrompt {
  visibility: hidden;
}

/* Its source is set in the text's typeface, wrapped, as prose is read; placeholders stay legible in it. */
.jp-Notebook .jp-Cell.nr-prose .jp-InputArea-editor .cm-content {
  font-family: var(--jp-content-font-family);
  font-size: var(--jp-content-font-size1);
}

/* The prose grammar as the writer types: a placeholder in the colour of the number it becomes, a number typed
   where a placeholder belongs underlined as a mistake (the cell refuses it when it runs). */
.jp-Notebook .jp-Cell.nr-prose .nr-prose-placeholder {
  color: var(--jp-content-link-color);
}

.jp-Notebook .jp-Cell.nr-prose .nr-prose-typed-number {
  text-decoration: underline wavy var(--jp-error-color1);
  text-decoration-skip-ink: none;
  text-underline-offset: 3px;
}

/* The completer's label of an id ("article figure", "not yet published") on one line. */
.jp-Completer .jp-Completer-typeExtended {
  white-space: nowrap;
}
`,""]),r.d(t,{},{A:s})},314(e){e.exports=function(e){var t=[];return t.toString=function(){return this.map(function(t){var r="",n=void 0!==t[5];return t[4]&&(r+="@supports (".concat(t[4],") {")),t[2]&&(r+="@media ".concat(t[2]," {")),n&&(r+="@layer".concat(t[5].length>0?" ".concat(t[5]):""," {")),r+=e(t),n&&(r+="}"),t[2]&&(r+="}"),t[4]&&(r+="}"),r}).join("")},t.i=function(e,r,n,o,a){"string"==typeof e&&(e=[[null,e,void 0]]);var s={};if(n)for(var p=0;p<this.length;p++){var i=this[p][0];null!=i&&(s[i]=!0)}for(var c=0;c<e.length;c++){var l=[].concat(e[c]);n&&s[l[0]]||(void 0!==a&&(void 0===l[5]||(l[1]="@layer".concat(l[5].length>0?" ".concat(l[5]):""," {").concat(l[1],"}")),l[5]=a),r&&(l[2]&&(l[1]="@media ".concat(l[2]," {").concat(l[1],"}")),l[2]=r),o&&(l[4]?(l[1]="@supports (".concat(l[4],") {").concat(l[1],"}"),l[4]=o):l[4]="".concat(o)),t.push(l))}},t}},601(e){e.exports=function(e){return e[1]}},72(e){var t=[];function r(e){for(var r=-1,n=0;n<t.length;n++)if(t[n].identifier===e){r=n;break}return r}function n(e,n){for(var o={},a=[],s=0;s<e.length;s++){var p=e[s],i=n.base?p[0]+n.base:p[0],c=o[i]||0,l="".concat(i," ").concat(c);o[i]=c+1;var u=r(l),d={css:p[1],media:p[2],sourceMap:p[3],supports:p[4],layer:p[5]};if(-1!==u)t[u].references++,t[u].updater(d);else{var f=function(e,t){var r=t.domAPI(t);return r.update(e),function(t){t?(t.css!==e.css||t.media!==e.media||t.sourceMap!==e.sourceMap||t.supports!==e.supports||t.layer!==e.layer)&&r.update(e=t):r.remove()}}(d,n);n.byIndex=s,t.splice(s,0,{identifier:l,updater:f,references:1})}a.push(l)}return a}e.exports=function(e,o){var a=n(e=e||[],o=o||{});return function(e){e=e||[];for(var s=0;s<a.length;s++){var p=r(a[s]);t[p].references--}for(var i=n(e,o),c=0;c<a.length;c++){var l=r(a[c]);0===t[l].references&&(t[l].updater(),t.splice(l,1))}a=i}}},659(e){var t={};e.exports=function(e,r){var n=function(e){if(void 0===t[e]){var r=document.querySelector(e);if(window.HTMLIFrameElement&&r instanceof window.HTMLIFrameElement)try{r=r.contentDocument.head}catch(e){r=null}t[e]=r}return t[e]}(e);if(!n)throw Error("Couldn't find a style target. This probably means that the value for the 'insert' parameter is invalid.");n.appendChild(r)}},540(e){e.exports=function(e){var t=document.createElement("style");return e.setAttributes(t,e.attributes),e.insert(t,e.options),t}},56(e,t,r){e.exports=function(e){var t=r.nc;t&&e.setAttribute("nonce",t)}},825(e){e.exports=function(e){if("u"<typeof document)return{update:function(){},remove:function(){}};var t=e.insertStyleElement(e);return{update:function(r){var n,o,a;n="",r.supports&&(n+="@supports (".concat(r.supports,") {")),r.media&&(n+="@media ".concat(r.media," {")),(o=void 0!==r.layer)&&(n+="@layer".concat(r.layer.length>0?" ".concat(r.layer):""," {")),n+=r.css,o&&(n+="}"),r.media&&(n+="}"),r.supports&&(n+="}"),(a=r.sourceMap)&&"u">typeof btoa&&(n+="\n/*# sourceMappingURL=data:application/json;base64,".concat(btoa(unescape(encodeURIComponent(JSON.stringify(a))))," */")),e.styleTagTransform(n,t,e.options)},remove:function(){var e;null===(e=t).parentNode||e.parentNode.removeChild(e)}}}},113(e){e.exports=function(e,t){if(t.styleSheet)t.styleSheet.cssText=e;else{for(;t.firstChild;)t.removeChild(t.firstChild);t.appendChild(document.createTextNode(e))}}},959(e,t,r){var n=r(72),o=r.n(n),a=r(825),s=r.n(a),p=r(659),i=r.n(p),c=r(56),l=r.n(c),u=r(540),d=r.n(u),f=r(113),h=r.n(f),v=r(646),m={};m.styleTagTransform=h(),m.setAttributes=l(),m.insert=i().bind(null,"head"),m.domAPI=s(),m.insertStyleElement=d(),o()(v.A,m),v.A&&v.A.locals&&v.A.locals}}]);