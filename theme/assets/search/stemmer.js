// Search words for the offline search: the same normalisation and Indonesian stemmer as the C# that
// builds the index (src/Search/SearchText.cs and IndonesianStemmer.cs, which document the rules).
// The two must agree exactly; tests/Site.Tests/Search/StemmerParityTests.cs runs this file to check.
// Plain ES2017 with no DOM, so it runs from a <script> tag and in the tests' JavaScript engine.
var KnowledgeSearch = KnowledgeSearch || {};

(function (search) {
  'use strict';

  var WORD = /[\p{L}\p{N}][\p{L}\p{N}\p{M}]*/gu;
  var NON_SPACING_MARK = /\p{Mn}/gu;
  var CAPITAL_SIGMA = /\u03A3/g;

  // C# lower-cases letter by letter; toLowerCase on the whole word would make a final Σ into ς.
  function normalise(word) {
    return String(word).normalize('NFD').replace(NON_SPACING_MARK, '')
      .replace(CAPITAL_SIGMA, '\u03C3').toLowerCase();
  }

  function tokens(text) {
    var words = String(text).match(WORD);
    return words ? words.map(normalise) : [];
  }

  var NONE = 0, DI_MENG_TER = 1, PER_PE = 2, KE_PENG = 3, BER = 4;

  function isVowel(c) {
    return c === 'a' || c === 'e' || c === 'i' || c === 'o' || c === 'u';
  }

  function countVowels(word) {
    var count = 0;
    for (var i = 0; i < word.length; i++) if (isVowel(word[i])) count++;
    return count;
  }

  function Stemming(word) {
    this.word = word;
    this.measure = countVowels(word);
    this.prefix = NONE;
    this.recoded = false;
  }

  Stemming.prototype.startsWith = function (start) { return this.word.startsWith(start); };
  Stemming.prototype.endsWith = function (end) { return this.word.endsWith(end); };
  Stemming.prototype.vowelAt = function (index) { return index < this.word.length && isVowel(this.word[index]); };

  // Snowball's "non-vowel" is one whole character, so a surrogate pair counts as one.
  Stemming.prototype.consonantThenErAt = function (index) {
    if (index >= this.word.length || isVowel(this.word[index])) return false;
    var next = index + (this.word.codePointAt(index) > 0xFFFF ? 2 : 1);
    return this.word.startsWith('er', next);
  };

  Stemming.prototype.dropEnd = function (length) {
    this.word = this.word.slice(0, this.word.length - length);
    this.measure--;
  };

  Stemming.prototype.replaceStart = function (length, replacement, removed) {
    this.word = replacement + this.word.slice(length);
    this.measure--;
    this.prefix = removed;
    this.recoded = replacement.length > 0;
  };

  Stemming.prototype.removeParticle = function () {
    if (this.endsWith('kah') || this.endsWith('lah') || this.endsWith('pun')) this.dropEnd(3);
  };

  Stemming.prototype.removePossessivePronoun = function () {
    if (this.endsWith('nya')) this.dropEnd(3);
    else if (this.endsWith('ku') || this.endsWith('mu')) this.dropEnd(2);
  };

  Stemming.prototype.removeFirstOrderPrefix = function () {
    if (this.startsWith('meng')) this.replaceStart(4, '', DI_MENG_TER);
    else if (this.startsWith('meny') && this.vowelAt(4)) this.replaceStart(4, 's', DI_MENG_TER);
    else if (this.startsWith('men')) this.replaceStart(3, '', DI_MENG_TER);
    else if (this.startsWith('mem')) this.replaceStart(3, this.vowelAt(3) ? 'p' : '', DI_MENG_TER);
    else if (this.startsWith('me') || this.startsWith('di')) this.replaceStart(2, '', DI_MENG_TER);
    else if (this.startsWith('ter')) this.replaceStart(3, '', DI_MENG_TER);
    else if (this.startsWith('peng')) this.replaceStart(4, '', KE_PENG);
    else if (this.startsWith('peny') && this.vowelAt(4)) this.replaceStart(4, 's', KE_PENG);
    else if (this.startsWith('pen')) this.replaceStart(3, '', KE_PENG);
    else if (this.startsWith('pem')) this.replaceStart(3, this.vowelAt(3) ? 'p' : '', KE_PENG);
    else if (this.startsWith('ke')) this.replaceStart(2, '', KE_PENG);
    else return false;
    return true;
  };

  Stemming.prototype.removeSecondOrderPrefix = function () {
    if (this.startsWith('pelajar')) this.replaceStart(7, 'ajar', this.prefix);
    else if (this.startsWith('per')) this.replaceStart(3, '', PER_PE);
    else if (this.startsWith('pe')) this.replaceStart(2, '', PER_PE);
    else if (this.startsWith('belajar')) this.replaceStart(7, 'ajar', BER);
    else if (this.startsWith('ber')) this.replaceStart(3, '', BER);
    else if (this.startsWith('be') && this.consonantThenErAt(2)) this.replaceStart(2, '', BER);
  };

  Stemming.prototype.removeDerivationalSuffix = function () {
    var prefix = this.prefix;
    if (this.endsWith('kan') && prefix !== PER_PE && prefix !== KE_PENG) this.dropEnd(3);
    else if (this.endsWith('an') && prefix !== DI_MENG_TER) this.dropEnd(2);
    else if (this.endsWith('i') && prefix <= PER_PE && !this.endsWith('si')) this.dropEnd(1);
    else return false;
    return true;
  };

  function stem(word) {
    var s = new Stemming(String(word));
    if (s.measure <= 2) return s.word;
    s.removeParticle();
    if (s.measure <= 2) return s.word;
    s.removePossessivePronoun();
    if (s.measure <= 2) return s.word;
    if (s.removeFirstOrderPrefix()) {
      // After a recoded s- or p- a vowel follows, which no second-order prefix starts with.
      if (s.measure > 2 && s.removeDerivationalSuffix() && s.measure > 2 && !s.recoded) s.removeSecondOrderPrefix();
    } else {
      s.removeSecondOrderPrefix();
      if (s.measure > 2) s.removeDerivationalSuffix();
    }
    return s.word;
  }

  search.normalise = normalise;
  search.tokens = tokens;
  search.stem = stem;
})(KnowledgeSearch);
