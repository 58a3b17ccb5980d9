"""Korean, Chinese and Japanese clauses: grants, purpose limits, non-commercial and
no-redistribution forms, and user thresholds.

Model licenses are published in these languages too.  The forms below are
the common legal phrasings (Korean: ``~할 수 있습니다`` / ``~할 수 없습니다`` /
``금지``; Chinese, simplified and traditional: ``授予`` / ``可以`` /
``不得`` / ``禁止`` / ``仅限``; Japanese grants: ``~できます`` / ``~しても構いません``).  Chinese and Japanese do not separate words
with spaces, so these patterns use no word boundaries.
"""

from __future__ import annotations

import re

from ... import lazyre

#: a quick test: does a clause contain Hangul or CJK ideographs at all
HAS_CJK = lazyre.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")

_KO_USE = r"(?:사용|이용|실행)"
_KO_MOD = r"(?:수정|변경|개작|개조|편집|2차적\s?저작물|파생\s?(?:모델|저작물)?|미세\s?조정|파인\s?튜닝|역설계|리버스\s?엔지니어링)"
_KO_DIST = r"(?:배포|재배포|공유|전송|배부|공개|판매|양도|대여|서브\s?라이선스|재라이선스|복제)"
_KO_NOT = r"(?:할\s?수\s?없|하실\s?수\s?없|수\s?없습니다|금지|불가|허용되지\s?않|허용하지\s?않|해서는\s?안|하여서는\s?안|하지\s?않아야|하지\s?못)"
_KO_MAY = r"(?:할\s?수\s?있|하실\s?수\s?있|허용|허락|허여|권리를\s?(?:부여|가집니다|갖습니다)|라이선스를\s?부여|권한을\s?부여)"

_ZH_USE = r"(?:使用|利用|运行|運行|部署)"
_ZH_MOD = r"(?:修改|改编|改編|改动|改動|衍生|派生|微调|微調|反向工程|二次开发|二次開發)"
_ZH_DIST = r"(?:再分发|再分發|分发|分發|散布|散佈|传播|傳播|转让|轉讓|出售|销售|銷售|共享|再许可|再許可|发布|發布|出租)"
_ZH_NOT = r"(?:不得|不可|不能|禁止|严禁|嚴禁|不允许|不允許|不被允许|无权|無權)"
_ZH_MAY = r"(?:可以|可|有权|有權|允许|允許|授予|授權|许可您|許可您)"
_JA_MOD = r"(?:改変|改造|変更|翻案)"
_JA_DIST = r"(?:再配布|配布|転載|頒布|譲渡|販売|複製|公開)"
_JA_MAY = r"(?:できます|出来ます|することができ|することが出来|(?:て|で)(?:も)?(?:構|かま)いません|を許可します|を許諾します|は自由です|は自由とします)"
_NC = r"(?:非商业|非商業|非营利|非營利|비상업|비영리)"
_COM = r"(?:商业|商業|商用|营利|營利|상업|영리)"

FORMS: tuple[tuple[str, re.Pattern[str], str], ...] = (
    # ---- purpose limits first: they decide whether a grant is limited
    ("use:research", lazyre.compile(
        r"(?:仅|僅|只|仅限|僅限|限于|限於)(?:用于|用於|供)?(?:\S{0,4})?(?:学术|學術|科学|科學)?(?:研究|评估|評估|测试|測試|教学|教學)"
        r"|연구\s?(?:목적|용도)(?:으로만|에\s?한하여|에\s?한해|으로\s?한정)|(?:연구|평가|시험)\s?(?:목적|용도)으로만|연구용으로만"),
     "the grant is limited to research or evaluation"),
    ("commercial:prohibited", lazyre.compile(
        rf"(?:仅|僅|只|仅限|僅限|限于|限於)(?:用于|用於|供)?\S{{0,6}}{_NC}"
        rf"|{_ZH_NOT}\S{{0,8}}{_COM}(?:用途|目的|使用|化|利用)?|{_ZH_NOT}\S{{0,20}}(?:用于|用於)\S{{0,6}}{_COM}"
        rf"|{_COM}(?:用途|目的|使用|利用)\S{{0,8}}{_ZH_NOT}"
        rf"|{_NC}(?:적)?\s?(?:목적|용도|이용|사용)(?:으로만|에\s?한하여|에\s?한해|으로\s?한정)"
        rf"|{_COM}(?:적)?\s?(?:목적|용도|이용|사용)\S{{0,12}}\s?\S{{0,12}}\s?{_KO_NOT}"),
     "non-commercial only"),
    ("commercial:restricted", lazyre.compile(
        r"(?:月活跃用户|月活躍用戶|月活|日活|月度活跃用户)\S{0,20}(?:超过|超過|高于|高於|达到|達到|以上)"
        r"|(?:超过|超過)\S{0,12}(?:万|萬|亿|億)\S{0,6}(?:用户|用戶)"
        r"|(?:월간|일간|월)\s?활성\s?(?:사용자|이용자)"
        rf"|{_COM}\S{{0,10}}(?:须|需|需要|必须|必須|应当|應當)\S{{0,12}}(?:授权|授權|许可|許可|申请|申請|同意)"
        rf"|{_COM}(?:적)?\s?(?:목적|용도|이용|사용)\S{{0,20}}\s?\S{{0,20}}(?:별도|사전)\S{{0,6}}\s?\S{{0,6}}(?:라이선스|계약|허가|승인|동의)"),
     "commercial use needs a separate license or stays under a threshold"),
    # outputs may not train other models ("다른 ... 모델의 학습에 사용할 수 없습니다", "不得用于训练其他模型")
    ("use:restricted", lazyre.compile(
        rf"(?:다른|타)\s?\S{{0,12}}\s?(?:\S{{0,12}}\s?)?(?:모델|인공지능)\S{{0,6}}\s?(?:학습|훈련|개선|개발)\S{{0,16}}\s?\S{{0,12}}\s?{_KO_NOT}"
        rf"|{_ZH_NOT}\S{{0,30}}(?:训练|訓練|改进|改進|开发|開發|蒸馏|蒸餾)\S{{0,8}}(?:其他|其它|别的|別的|第三方)\S{{0,12}}模型"),
     "outputs may not be used to train or improve other models"),
    # a prohibited purpose of the kind use-restriction lists name ("不得用于军事用途", "군사 목적으로 사용할 수 없습니다")
    ("use:restricted", lazyre.compile(
        rf"{_ZH_NOT}\S{{0,20}}(?:用于|用於|从事|從事)\S{{0,12}}(?:军事|軍事|武器|监控|監控|监视|監視|歧视|歧視|骚扰|騷擾|虚假信息|虛假信息|诈骗|詐騙|恐怖)"
        rf"|(?:군사|무기|감시|차별|괴롭힘|허위\s?정보|사기)\S{{0,12}}\s?(?:\S{{0,12}}\s?)?{_KO_USE}\S{{0,6}}\s?{_KO_NOT}"),
     "use is limited by a list of prohibited purposes"),
    ("modify:prohibited", lazyre.compile(
        rf"{_ZH_NOT}\S{{0,10}}{_ZH_MOD}(?!\S{{0,6}}(?:用于|用於))|{_KO_MOD}\S{{0,12}}\s?(?:\S{{0,12}}\s?)?{_KO_NOT}"),
     "modification is not allowed"),
    ("redistribute:prohibited", lazyre.compile(
        rf"{_ZH_NOT}\S{{0,10}}{_ZH_DIST}|{_KO_DIST}\S{{0,12}}\s?(?:\S{{0,12}}\s?)?{_KO_NOT}"),
     "redistribution is not allowed"),
)

_GRANT = lazyre.compile(
    rf"{_ZH_MAY}\S{{0,12}}(?:{_ZH_USE}|{_ZH_MOD}|{_ZH_DIST}|复制|複製|许可|許可|权利|權利)"
    rf"|(?:{_KO_USE}|{_KO_MOD}|{_KO_DIST})\S{{0,12}}\s?(?:\S{{0,12}}\s?)?{_KO_MAY}"
    r"|(?:라이선스|라이센스|권리|권한)를\s?(?:부여|허락|허여)|(?:授予|授权|授權)\S{0,20}(?:许可|許可|权利|權利|使用权|使用權)"
    rf"|(?:利用|使用|{_JA_MOD}|{_JA_DIST})\S{{0,16}}{_JA_MAY}"
)
#: Japanese "whether paid or free": commercial distribution is allowed
_JA_COMMERCIAL = lazyre.compile(r"有料無料|有償無償|有償・無償|商用利用(?:も)?(?:可|でき|自由)|商用(?:・非商用)?を問わ")
_GRANT_COMMERCIAL = lazyre.compile(rf"{_ZH_MAY}\S{{0,6}}(?:用于|用於)?{_COM}|{_COM}(?:적)?\s?(?:목적|용도|이용|사용)\S{{0,8}}\s?\S{{0,8}}{_KO_MAY}")


#: "without (prior written) consent / permission": the prohibition names a way to be allowed
_WITHOUT_LEAVE = lazyre.compile(
    r"未经\S{0,12}(?:许可|同意|授权|批准)|未經\S{0,12}(?:許可|同意|授權|批准)"
    r"|(?:동의|허가|허락|승인|라이선스)\s?(?:없이|를 받지 않고|을 받지 않고)"
)


def findings(t: str) -> list[tuple[str, str]]:
    """``(label, reason)`` pairs for a Korean or Chinese clause ``t``."""
    if t.isascii() or not HAS_CJK.search(t):  # (the CJK class is costly to compile)
        return []
    out: list[tuple[str, str]] = []
    for label, pattern, reason in FORMS:
        if pattern.search(t):
            out.append((label, reason))
    labels = {lab for lab, _ in out}
    if _GRANT.search(t):
        out.append(("grant", "grant of rights"))
        dims = {"use"}
        if re.search(_ZH_MOD, t) or re.search(_KO_MOD, t) or re.search(_JA_MOD, t):
            dims.add("modify")
        if re.search(_ZH_DIST, t) or re.search(_KO_DIST, t) or re.search(_JA_DIST, t):
            dims.add("redistribute")
        if (_GRANT_COMMERCIAL.search(t) or _JA_COMMERCIAL.search(t)) and "commercial:prohibited" not in labels:
            dims.add("commercial")
        for d in sorted(dims):
            if f"{d}:prohibited" not in labels:
                out.append((f"{d}:free", "granted without a limit on this freedom"))
    if _WITHOUT_LEAVE.search(t):
        # "may not redistribute without prior written consent": restricted, not prohibited
        out = [(f"{lab.split(':')[0]}:restricted", "allowed only with the licensor's permission")
               if lab in ("modify:prohibited", "redistribute:prohibited", "commercial:prohibited")
               else (lab, why) for lab, why in out]
    if "use:research" in labels and "grant" not in {lab for lab, _ in out}:
        out.append(("grant-limited", "the grant is limited to a purpose"))
    return out
