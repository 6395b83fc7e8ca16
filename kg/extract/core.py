"""Extraction of one page: persons, journalists, posts, events with roles, campaigns, promotes.

``Extractor.load()`` reads the lexicons once; ``extract(text, meta)`` is a pure
function of the page text and its metadata and returns an extraction record in
the exchange format of FORMAT.md, with evidence (sentence and offsets in the
cleaned page text) on every post, participation and promotes row.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field, replace

from ..articles import Article, split_articles
from ..clean import BULLETS, REPORT_DATELINE, clean_text
from ..dates import find_dates
from ..lexicon import Lexicon, default_lexicon
from ..places import Jurisdiction, default_gazetteer
from .campaigns import CampaignFinder, merge_campaigns
from .journalists import find_journalists
from .names import NameModel
from .posts import ASIDE_NOTE, SEX_NOTE, TOWNSHIP_TITLES, Post, PostParser
from .text import by_first_char, evidence, is_cjk, sentence_span

EXTRACTOR_VERSION = "1"
FULL_STOP = "。！？!?\n"
CJK_RE = re.compile(r"[\u3400-\u9fff]")
ROLE_ORDER = {"chair": 0, "speaker": 1, "attendee": 2}
ADVERBS = ("高度", "充分", "还", "也", "日前", "近日", "进一步", "首先", "最后", "再次", "同时", "随后", "一同", "分别", "先后", "相继",
           "实地", "专题", "专程",
           "亲自", "专门", "认真", "详细", "重点", "深刻", "明确", "特别", "又", "应邀", "逐一", "一一",
           # 通过视频连线讲话, 以视频方式出席: present and speaking from afar
           "通过视频连线", "通过视频方式", "以视频方式", "以视频形式", "通过视频", "视频连线")
EVENT_OBJECTS = ("会议", "活动", "仪式", "座谈会", "大会", "开幕式", "汇报会", "推进会", "论坛")
# 出席签约仪式并致辞, 出席开班式并作动员讲话, 出席反馈会并讲话: a named occasion as the object of
# the role verb, before 并
_NAMED_OBJECT = re.compile(r"[\u4e00-\u9fff]{0,10}?(?:会议|活动|仪式|式|会|论坛)(?=并)")
CLAUSE_VERBS = ("主持", "召开", "举行", "讲话", "指出", "强调", "汇报", "通报", "解读", "研究", "部署", "传达", "学习",
                "审议", "听取", "开展", "推进", "肯定", "表示", "介绍", "会议", "会上", "上午", "下午", "月", "日",
                "致辞", "致词", "开幕词", "欢迎辞", "欢迎词", "宣布", "颁奖", "揭牌", "反馈", "宣读", "发言")
INSPECTION = ("调研", "督查", "督导", "督战", "检查", "考察", "视察", "走访", "暗访")
TITLE_RE = [
    re.compile(r"(?:主持)?(?:召开|举行|举办)了?(?P<t>[^，。,；、]{0,60}(?:会议|大会|座谈会|恳谈会|推进会|汇报会|协商会|论坛|仪式|培训班|会))"),
    # (“学习贯彻…精神，加快建设…”专题研讨班: a quoted name may hold a comma)
    re.compile(r"(?P<t>(?:“[^“”。]{1,40}”|[^，。,；]){2,60}?(?:会议|大会|座谈会|恳谈会|推进会|汇报会|论坛|仪式"
               # 交流会, 动员会, 现场会 ...: a meeting named by its purpose
               r"|交流会|动员会|部署会|现场会|培训会|学习会|报告会|协调会|调度会|分析会|推介会|评议会|见面会|全会"
               # 通报会, 反馈会, 议事会 ...; a class's opening (开班式)
               r"|通报会|反馈会|议事会|宣讲会|表彰会|颁奖会|发布会|说明会|观摩会|点评会|通气会|联席会|对接会"
               r"|洽谈会|恳谈会|协商会|务虚会|评审会|开班式|结业式|开幕式|闭幕式|启动式|研讨班|培训班|读书班"
               # 颁奖典礼, 运动会, 文化节: a ceremony, a games, a festival
               r"|典礼|晚会|运动会|博览会|交易会|展销会|文化节|旅游节|艺术节))"
               # 全县经济工作会议1月5日在县行政中心召开: the date may come between
               r"(?:\d{1,2}月\d{1,2}日(?:[上下]午|晚上?)?)?(?:在[^，。,；]{2,20}?)?(?:顺利|隆重|胜利|正式)?(?:召开|举行|开幕|闭幕)"),
    # 区委理论学习中心组开展集体学习研讨: a study session, named by what the group does
    re.compile(r"(?P<t>(?:“[^“”。]{1,40}”|[^，。,；]){2,40}?中心组[^，。,；]{0,12}?(?:集体学习|专题学习|集中学习)(?:研讨)?)"),
    re.compile(r"(?P<t>[^，。,；]{2,40}?(?:调研|督查|督导|督战|检查|考察|视察))(?![组团])"),  # not 调研组
]
ASIDE_AFTER = re.compile(ASIDE_NOTE)
_DATE_ONLY = re.compile(f"[{BULLETS}\\s]*" + r"(?:\d{4}年)?\d{1,2}月\d{1,2}日(?:[上下]午|晚上?|早上)?")
_DATELINE_LEAD = re.compile(r"^" + REPORT_DATELINE + r"\s*(?:[（(][^）)]*[）)])?\s*")
_CLAUSE_REST = re.compile(r"[^，。；,;！？]*")
DATELINE = re.compile(r"\d{4}年\d{1,2}月\d{1,2}日|星期[一二三四五六日天]")
ORGANIZER_RE = [
    # 由县委宣传部、县文明办联合主办的: the first of joint hosts
    re.compile(r"由(?P<o>[^，。,；与和、]{2,20}?)(?:[与和、][^，。,；]{2,30}?)?(?:联合|共同)?主办"),
    # 市中级人民法院召开新闻发布会, 市应急管理局召开: a court or a department convenes too;
    # 区政府新闻办举行新闻发布会, 县委宣传部召开, 县妇联举行: an office, a party organ, a people's body
    re.compile(r"(?P<o>[\u4e00-\u9fff]{1,20}?(?:委常委会|常委会|政府|政协|人大常委会|领导小组|委员会|党委|中心组"
               r"|法院|检察院|局|纪委|监委|部|办|办公室|妇联|总工会|科协|工商联|侨联|残联|党组|指挥部))"
               # 县疫情防控工作领导小组（指挥部）召开: the group, by its first name
               r"(?:[（(][\u4e00-\u9fff]{2,8}[）)])?(?:召开|举行|举办)"),
    re.compile(r"(?P<o>(?:共青)?团[县市区]委)(?:召开|举行)"),  # 团县委召开: the Youth League's county committee
    # 1月18日，球川镇召开经济工作会议: a township convenes (在华埠镇召开 is where, not who)
    re.compile(r"(?:^|[，,。])(?P<o>[\u4e00-\u9fff]{2,8}?(?:镇|乡|街道))(?:召开|举行)"),
]


def _article_start(articles: list[Article], pos: int) -> int:
    """Where the article holding ``pos`` begins (0 outside every article): the floor of lookups back."""
    return next((a.start for a in articles if a.start <= pos < a.end + 1), 0)


def code_digest() -> str:
    """A digest of the code that turns page text into a record (cleaning, articles, dates,
    extraction): part of the extractor version, so a changed extractor invalidates cached records."""
    from pathlib import Path

    from ..io import files_digest

    pkg = Path(__file__).resolve().parent.parent
    return files_digest([*pkg.glob("extract/*.py"), pkg / "clean.py", pkg / "articles.py", pkg / "dates.py",
                         pkg / "script.py", pkg / "places.py", pkg / "lexicon.py"], pkg)[:12]


# role cues right after a name (roles_after), matched at a position of the page
# 率省人大调研组, 带领市考察团: leads a delegation (chair), as 率队 does
# those led on a visit, named (带领|主任乙、副主委丙等|来到我市): after the leader's verb
_LED_NAMED = r"[^。；;“”]{2,60}?等(?=(?:一行)?[，,]?(?:到|赴|深入|前往|来到|走进))"
_LED_LIST = re.compile(r"(?:带领|率领)(" + _LED_NAMED + ")")
_LEADS = re.compile(r"(?:率|带领)(?!队|领)(?:[^，。；,]{0,16}?(?:调研组|督查组|督导组|检查组|考察组|工作组|考察团|代表团|一行)"
                    # 带领县应急管理局、县水利局负责人，到池淮镇督导: leads the officials on a visit
                    # 带领部分政协委员视察, 带领街道干部深入社区走访: leads a group on a visit
                    # 带领县四套班子领导实地察看重点项目
                    r"|[^，。；,]{2,24}?(?:负责人|负责同志|相关人员|工作人员|干部|委员|代表|党员|领导)"
                    r"(?=[，,]?(?:到|赴|深入|前往|来到|走进|调研|督查|督导|检查|考察|视察|走访|开展"
                    r"|(?:实地)?(?:察看|查看|参观|看望|慰问)"
                    # 带领安监、国土等部门负责人对我县的矿山企业进行了现场检查
                    r"|对[^，。；,]{1,40}?(?:进行|开展)了?[^，。；,]{0,6}?(?:检查|督查|督导|调研|视察|考察)))"
                    # 带领市政协经济委员会主任乙、专职副主委丙等来到我市: leads the named on a visit
                    r"|" + _LED_NAMED + ")")
# where a role was taken, between the name and its cue (甲在华埠镇主持召开座谈会, 乙来我县作专题报告)
_PLACED = re.compile(r"(?:在|来|赴)(?:我[县市区]|[^，。；,;“”]{1,10}?)(?=主持|出席|参加|列席|讲话|致辞|作)")
# 在会上, 在调研时; 在主会场, 在分会场, 在县分会场 (a video conference's halls)
_AT_OCCASION = re.compile(r"在[^，。；,;“”]{1,32}?(?:上|中|时|期间)|在[^，。；,;“”]{0,8}?[主分]?会场"
                          # 在认真听取大家发言后说: the remark is made at the occasion
                          r"|在[^，。；,;“”]{0,16}?(?:听取|了解)[^，。；,;“”]{0,16}?后")
# 在石梁镇调研时, 在督导期间: the occasion is the speaker's own visit (not 在听取…调研情况汇报时)
# (在调研沿江公路与防洪堤建设相结合工作时: what the visit looks at may follow its verb; 在听取…调研情况汇报时
# is no visit)
_ON_A_VISIT = re.compile(r"^在(?![^，。；,;“”]*?(?:听取|汇报|报告|会议|会上))[^，。；,;“”]{0,16}?"
                         r"(?:调研|督查|督导|检查|考察|视察|走访)[^，。；,;“”]{0,24}?(?:时|期间)$")
# what ends a list's item (after it, no longer reading of the item is possible)
_LIST_STOPS = frozenset("、，,。；;")
# a run of three or more short words joined by enumeration commas (the first may end a longer run:
# 市委会领导朱某、崔某某、…)
_NAME_RUN = re.compile(r"[\u4e00-\u9fff]{2,8}(?:、[\u4e00-\u9fff]{2,3}){2,}(?![\u4e00-\u9fff]*、)")
# 甲、乙等列席; 丙和其他区委常委出席: a sentence that opens on names with no title, and their attendance
_BARE_PRESENT = re.compile(r"(?:^|(?<=[。；;\n]))(?P<run>[\u4e00-\u9fff]{2,3}(?:、[\u4e00-\u9fff]{2,3})*)"
                           r"(?:等|[和及]其他[\u4e00-\u9fff]{2,8}?)(?:列席|出席|参加)")
# 在主席台就座的有：甲、乙; 出席会议的县领导有：甲、乙; 陪同调研的有：甲 (the names after the cue are present)
_PRESENT_WERE = re.compile(r"(?:在主席台(?:前排)?就[座坐]|担任(?:此次|本次)?(?:大会)?执行主席|出席(?:会议|活动|仪式)?|参加(?:会议|活动)?"
                           r"|(?:陪同|参加|一同)(?:调研|考察|视察|检查|督查))的(?:[省市县区]?(?:四套班子)?领导(?:同志)?)?(?:还有|有)[：:]?"
                           # 出席本次全体会议的执行主席有：甲，乙: the session's presiding members, present
                           r"|出席(?:本次|这次|此次)?(?:全体)?(?:会议|大会)的(?:大会)?执行主席(?:还有|有)[：:]?")
# an honour a person holds, quoted before the name (“浙江好人”甲, “最美衢州人”乙, “优秀共产党员”丙)
_HONOUR_QUOTED = re.compile(r"“(?:[^“”]{0,8}(?:好人|人物|模范|标兵|能手|之星|工匠|榜样|楷模|先锋|英雄|劳模|党员|干部|乡贤|村嫂)"
                            r"|最美[^“”]{1,8})”"
                            # 道德模范（平民英雄）甲: an honour, then its kind in brackets
                            r"|(?:好人|模范|标兵|能手|英雄|劳模|楷模)[（(][^（）()“”]{1,10}[）)]")
# a person's place in a photograph, printed after the name in a caption: （前左二）, （中）, （右一）
_CAPTION = re.compile(r"^图为|摄$")
_PHOTO_PLACE = re.compile(r"[（(](?:前排|后排|前|后)?(?:[左右][一二三四五六七八九十\d]|中)[）)]")
# what may stand between a name and its role: the place in a photograph, or the sex (刘海燕（女）出席)
_AFTER_NAME = re.compile(_PHOTO_PLACE.pattern + "|" + SEX_NOTE)
# 主持召开市政府常务会议，强调…: the chair's remark, in the clause right after the meeting's name
_CHAIRED_THEN_REMARK = re.compile(r"[^，。；,;]{0,40}?(?:会议|会|活动|仪式|论坛)[，,](?:并|还|同时)?(?P<cue>强调|指出|要求|表示)")
# 听取了各乡镇工作汇报，并指出, 听取发言后表示: listening is no role; the remark after it is
_HEARD = re.compile(r"听取了?[^，。；,]{0,24}?(?:汇报|介绍|发言|意见|建议)(?:[，,]?并|后[，,]?)")
# 以乙为团长的经贸代表团 (after 以 and the name)
_GROUPS = r"(?:代表团|考察团|访问团|考察组|调研组|督查组|督导组|检查组|巡查组|巡察组|巡视组|工作组|团)"
_HEADS_DELEGATION = re.compile(r"为(?:团长|组长)的[^，。；,]{0,20}?" + _GROUPS)
# 以省商务厅副巡视员甲为组长的省第28督查组: the group's head, printed after 以 (the group the post's body)
# a session of a congress or of a CPPCC, named by its place (group 1) and term: 福州市仓山区第十八届人民代表大会,
# 县十七届人大; 政协龙游县第十届委员会, 中国人民政治协商会议第八届文成县委员会 (the term's number may come first)
_CONGRESS_SESSION = re.compile(r"((?:[\u4e00-\u9fff]{2,4}[省市])?[\u4e00-\u9fff]{2,4}[省市县区]|[省市县区])"
                               r"第?[\u4e00-\u9fff\d]{1,4}届(?:人民代表大会|人大)")
_CPPCC_SESSION = re.compile(r"(?:政协|中国人民政治协商会议)(?:第[\u4e00-\u9fff\d]{1,4}届)?"
                            r"((?:[\u4e00-\u9fff]{2,4}[省市])?[\u4e00-\u9fff]{2,4}?[省市县区])(?:第?[\u4e00-\u9fff\d]{1,4}届)?委员会")
_AFTER_YI = re.compile(r"以[^，。；,]*$")
_GROUP_HEAD = re.compile(r"为(?P<t>(?:副|常务副)?(?:团长|组长))的(?P<body>[^，。；,的]{2,20}?" + _GROUPS + ")")
# 作讲话, 就…作部署, 对…作了部署, 代表…作工作报告, 受区政府委托作报告, 作关于…的报告, 作推介;
# 对乙一行的到来表示欢迎 (表示, a cue of roles.tsv, after its object)
# a lecture: 以《…》为题，为全县党员干部讲授专题党课, 为基层党员上党课, 为师生上了一堂生动的“开学思政第一课”
_LECTURE = re.compile(r"(?:以《[^》]{1,40}》为题[，,]?)?(?:为[^，。；,]{1,30}?)?(?:上|讲|讲授)了?"
                      r"(?:[^，。；,]{0,10}?党课|一堂[^，。；,]{0,12}?(?:团课|思政课|第一课))")
# 谈了体会, 交流了学习心得: what was learnt, shared at a study session (one speaker, or each of a list;
# 谈了打算, a plan, is read for one speaker only, %s below)
_SHARED = r"(?:谈|交流)了?[^，。；,]{0,8}?(?:体会|心得|感悟|认识|感受%s)"
_GAVE_SPEECH = re.compile(r"(?:代表[^，。；,]{1,30}?|受[^，。；,]{1,20}?委托)?"
                          # 就《…建议》作说明: a document's title may be long
                          r"(?:[就对](?:《[^》\n]{1,80}》|[^，。；,]{1,24}?))?作了?[^，。；,]{0,32}?"
                          r"(?:讲话|报告|发言|部署|说明|推介|动员|总结|汇报|安排)"
                          # 为基层党员上党课, 讲授专题党课: a lecture is a speech
                          r"|" + _LECTURE.pattern +
                          # 结合分管工作谈了体会, 交流了学习心得: a speech at a study session
                          r"|(?:结合[^，。；,]{1,16}?)?" + _SHARED % "|打算" +
                          # 发表重要讲话; 进行部署, 进行动员; 提出明确要求 (with no 对… before it)
                          r"|发表[^，。；,]{0,6}?讲话|(?:[就对][^，。；,]{1,24}?)?进行[^，。；,]{0,6}?(?:部署|动员|总结|点评|解读)"
                          r"|提出了?(?:明确|具体|殷切)?(?:要求|希望|意见建议|意见和建议|建议)"
                          # (代表县委、县政府对乙一行表示热烈的欢迎: on behalf of the county, a welcome)
                          r"|(?:代表[^，。；,]{1,20}?)?[对向][^，。；,]{1,24}?表示(?:热烈|衷心|诚挚)?的?(?:欢迎|感谢|祝贺|慰问|肯定)"
                          # 为活动致辞, 致开幕词, 致欢迎辞: an address
                          r"|(?:代表[^，。；,]{1,20}?)?(?:为[^，。；,]{1,12}?)?致(?:辞|词|[^，。；,]{1,4}?[辞词])"
                          # 对做好下一步工作提出要求: demands made of the meeting (as 要求, a cue)
                          r"|[对就][^，。；,]{1,24}?提出了?(?:明确|具体)?(?:要求|希望|意见)"
                          # 对各书记的述职逐一点评
                          r"|[对就][^，。；,]{1,30}?(?:逐一|一一)?(?:作了?)?点评"
                          # 听取了甲关于…的报告: the report is hers; 听取了局长乙的工作汇报: his
                          r"|关于[^，。；;]{1,60}?的(?:工作)?(?:报告|汇报|说明)"
                          r"|的(?:工作|专题|情况|有关情况)?(?:汇报|报告)(?![会厅])"
                          # 听取了县长甲所作的政府工作报告
                          r"|所作的?[^，。；,]{0,16}?(?:报告|汇报|说明)(?![会厅])"
                          # 村党支部书记甲向乙汇报了村集体经济发展情况: the report is the subject's
                          r"|向[^，。；,]{1,16}?(?:汇报|作了?汇报|介绍了)"
                          # 分别介绍两市合作情况: a situation presented (甲介绍，… is a remark, no role)
                          r"|介绍[^，。；,]{1,20}?(?:情况|做法|经验|进展)"
                          # 宣布了省委决定: announces a decision to the meeting (as 宣读, a cue of roles.tsv)
                          r"|宣布了?[^，。；,]{0,16}?(?:决定|通知|命令)"
                          # 到华埠镇宣讲全会精神, 在村文化礼堂作宣讲: a lecture tour's talk
                          r"|(?:来|到|赴|深入|前往|在)[^，。；,]{0,16}?(?:作|进行|开展)?宣讲")


def _convener(sentence: str) -> str:
    """The clause before the sentence's 召开 or 举行 (县委审计委员会|召开第五次会议), "" where it has none."""
    verb = next((v for v in ("召开", "举行") if v in sentence), None)
    return re.split(r"[，,]", sentence[: sentence.find(verb)])[-1] if verb else ""


def _goes_on(text: str, j: int) -> int:
    """Past the comma where the same subject goes on to a further role (出席会议，并对…提出要求;
    为…授旗，并寄语; 出席会议，对各书记的述职逐一点评), else ``j``."""
    if text.startswith(("，并", ",并"), j):
        return j + 2
    if text.startswith(("，对", ",对", "，就", ",就"), j) and _GAVE_SPEECH.match(text, j + 1):
        return j + 1
    if text.startswith(("，为", ",为"), j) and _LECTURE.match(text, j + 1):
        return j + 1  # 来到华埠镇，为基层党员上党课
    return j


# after a visit's verb: a visit cited, not made (到我区开展调研作出的指示精神, 来衢调研时的讲话)
_CITED = r"(?!时?(?:作出|所作)?的?(?:重要)?(?:讲话|指示|批示)|精神)"
_GOES_TO = r"(?:来|到|赴|深入|前往)"
_VISIT = re.compile(r"(?:一行)?(?:实地)?(?:"
                    # 一行到“干部联村、一村一策”挂钩联系村某村调研: a delegation's way may be long
                    r"(?:(?<=一行)" + _GOES_TO + r"[^，。；,]{0,36}?|" + _GOES_TO + r"[^，。；,]{0,16}?)"
                    # (来我市看望慰问省政协委员: the visit told by its kindness)
                    r"(?:调研|督查|督导|督战|检查|考察|视察|走访|现场办公|看望|慰问)" + _CITED +
                    # 在龙游调研 is a visit; 在衢调研讲话精神, 在衢调研时的讲话 cite one
                    r"|在[^，。；,]{0,16}?(?:调研|督查|督导|检查|考察|视察)(?!时?的?(?:重要)?讲话|精神)"
                    # 县长甲调研企业, 甲走访联系企业: the visit itself, printed right after the name
                    r"|(?:调研|督查|督导|考察|视察|走访|检查|暗访|踏勘|巡河|巡林|巡查|蹲点|现场办公)"
                    r"(?!时?的?(?:重要)?讲话|精神|组|团|报告)"
                    # 来到华埠镇, 走进金星村, 深入一线: a visit told by where it went
                    r"|(?:来到|走进|前往|深入)[^，。；,]{0,12}?(?:镇|乡|街道|村|社区|企业|公司|一线|现场|工地|基层|园区|景区|学校|中学|小学|学院|医院|卫生院|车间|基地)"
                    r"(?![\u4e00-\u9fff])"
                    # 来到甲村、乙村，看望慰问: the places may run over a comma, not a sentence
                    # 赴华埠镇，实地察看…: a visit told by where it went, then what was done there
                    # (一行走进文成，开展…活动)
                    # (来我市“走亲连心”，看望慰问…: a visit to the paper's own place, then what was done)
                    r"|(?:来到|走进|深入|前往|赴|来我[市县区])[^。；;！？]{0,30}?[，,](?:实地)?(?:看望|慰问|察看|查看|调研|检查|督查|督导|走访"
                    r"|开展[^，。；,]{0,24}?活动)"
                    r"|(?:看望|慰问)"
                    # 并与镇党委书记甲座谈: the leader's partner in the talk, present (座谈会 is a noun)
                    r"|座谈(?!会)"
                    # 市长甲与某银行行长乙一行座谈: the host of a talk, present at it as the guest is
                    r"|与[^。；;！？]{2,40}?(?:座谈|会谈|会面|见面|签订|签署|签约)(?!会)"
                    # 开展“四不两直”暗访检查, 带头下沉到华埠镇: a visit by its kind
                    r"|(?:开展|进行)[^，。；,]{0,16}?(?:调研|督查|督导|检查|暗访|走访|视察|巡河|巡林|巡查)|(?:带头)?下沉"
                    # 赴华埠镇开展“三服务”活动: present at what was done there
                    r"|(?:来|到|赴|前往|深入)[^，。；,]{1,12}?开展[^，。；,]{0,20}?活动"
                    r"|(?:参观|察看|查看|观看)|为[^，。；,]{0,14}?(?:揭牌|剪彩|颁奖|授牌|授旗|颁发)"
                    # 宣布项目开工: present at the ceremony
                    r"|宣布[^，。；,]{0,24}?(?:开工|开幕|闭幕|启动|开园|开业|投产|开通|成立|开始|开赛|开班|开馆)"
                    # 在县矛调中心接待来访群众, 到镇里下访: a leader's day of hearing petitioners
                    r"|(?:在|到|赴|深入)?[^，。；,]{0,20}?(?:接访|下访|接待来访))")


# what may stand between a list of visitors and their visit (甲、乙等; 甲、乙及有关部门负责人一行到…调研);
# anything else is another subject (甲率代表团来我县考察: the delegation's visit, which 甲 leads)
_VISITORS_TAIL = re.compile(r"等?|[及和][^，。；,、]{0,10}?(?:负责人|负责同志|人员|干部)")


# a meeting named by its form alone (县委常委会召开扩大会议, 召开（扩大）会议, 市委理论学习中心组举行
# 专题学习会): the body that convened it names it
_BARE_MEETING = re.compile(r"[（(]?(?:扩大|全体|专题|联席|紧急|工作|主席|常务)[）)]?会议|(?:专题)?学习会"
                           # 柯城区委召开常委会（扩大）会议: the committee's standing committee
                           r"|常委会(?:[（(]扩大[）)])?会议")
# how a sentence about a later occasion of the lead's day begins (当天下午，; 晚上，; 会后，)
_LATER_SAME_DAY = re.compile(r"(?:当天|当日|同日)?(?:下午|晚上|晚间|傍晚)[，,]|会后[，,]"
                             # 同日，衢江区委理论学习中心组举行专题学习会: a meeting elsewhere the same day
                             r"|(?:同日|同一天|当天|当日)[，,]")


def local_places(text: str, juris: Jurisdiction) -> list[tuple[int, str]]:
    """Where a city paper's text names one of the city's districts and counties: (offset, name),
    in order. Empty for a county paper (its 县委 is its own)."""
    found = []
    for name in juris.counties():
        i = text.find(name)
        while i >= 0:
            found.append((i, name))
            i = text.find(name, i + len(name))
    return sorted(found)


@dataclass
class PageMeta:
    document: str
    issue_date: dt.date | None
    home: str
    parent: str | None = None
    province: str | None = None
    paper: str | None = None


@dataclass
class EventDraft:
    date: dt.date
    article: int
    title: str
    kind: str
    organizer: str | None
    start: int
    end: int
    roles: dict[tuple[str, str], object] = field(default_factory=dict)  # (person, role) -> Evidence
    location: str | None = None


class Extractor:
    """The extraction stage. Build with ``Extractor.load()``; reuse for every page."""

    def __init__(self, lex: Lexicon, place_names: tuple[str, ...], simplifier=None):
        self.lex = lex
        self.simplifier = simplifier
        self.names = NameModel(lex)
        self.posts = PostParser(lex, place_names, is_word=self.names.dictionary_word)
        self.campaigns = CampaignFinder(lex)
        self.titles = lex.titles_by_length()
        self.title_re = re.compile("|".join(map(re.escape, self.titles + list(lex.descriptors))))
        self.descriptors = frozenset(lex.descriptors)
        self.role_cues = tuple(sorted(lex.roles, key=len, reverse=True))
        self._cues_at = by_first_char(self.role_cues)  # looked up after each name, longest first
        # 等县领导, 等市四套班子领导: the label after a list of leaders' names
        self.leaders_after_list = re.compile("等(?:" + "|".join(re.escape(d) for d in lex.descriptors
                                                              if d.endswith(("领导", "先辈", "先烈", "烈士"))) + ")"
                                             # 授予甲、乙等10名同志“优秀共产党员”称号: names before a count
                                             # (甲、乙两位同志辞去…: with no 等)
                                             # (not one: 要求每一名党员干部 names no one before it)
                                             + r"|等?(?![一1](?:名|位))[\d一二三四五六七八九十百两]+(?:名|位)(?:同志|个人|党员|干部)")
        # verbs after a list of names: the role table's attendance cues, and 分别讲话 and the like
        self.list_verbs = re.compile("|".join(re.escape(c) for c in self.role_cues if lex.roles[c] == "attendee")
                                     # 甲，乙分别就相关工作作发言 (the topic may come before the verb);
                                     # 甲，乙等区领导分别走访慰问 (each is present on the visits)
                                     # (甲，乙，丙分别就…工作情况进行通报)
                                     + r"|(?:分别|共同|先后|相继|一同)(?:(?:[就对围绕结合][^，。；,]{1,20}?(?:作了?|进行))?"
                                     r"(?P<v>讲话|致辞|发言|主持|汇报|通报|领学|领读|宣读|解读|传达|宣讲)"  # (甲，乙分别领学了…)
                                     # 甲、乙分别作述职报告
                                     r"|作了?[^，。；,]{0,6}?(?P<report>报告)"
                                     # 甲，乙分别介绍两市合作情况
                                     r"|(?P<present>介绍)[^，。；,]{1,20}?(?:情况|做法|经验|进展)"
                                     r"|(?:(?:到|来到|赴|前往|深入)[^，。；,]{1,20}?)?"
                                     # 甲，乙分别到池淮镇、音坑乡慰问困难群众: each visits
                                     r"(?P<visit>走访|慰问|看望|调研|督导|督查|检查|考察|视察))"
                                     # A、B作交流发言, A、B作了发言: each of the list speaks
                                     + r"|作了?(?:交流|表态|典型)?发言"
                                     # 甲、乙等代表结合实际提出意见建议: each speaks
                                     + r"|(?:结合[^，。；,]{0,10}?)?(?P<proposal>提出)了?(?:意见建议|意见和建议|建议)"
                                     # 甲、乙交流了学习心得: each speaks
                                     + r"|(?P<share>" + _SHARED % "" + ")"
                                     # 甲，乙一行来我县调研: the visitors, each present
                                     # (甲、乙一行，到蕉南、蕉北开展调研工作: a comma after 一行, the kind after 开展)
                                     + r"|(?:一行[，,]?)?(?:来到?|到|赴|前往|深入)[^，。；,]{1,12}?(?:开展)?"
                                     r"(?P<visit2>调研|考察|视察|督导|督查|检查)" + _CITED
                                     # 甲、乙等一行到某镇开展…宣讲暨…座谈会: the visitors, each present at what they hold
                                     + r"|一行[，,]?(?:来到?|到|赴|前往|深入)[^，。；,]{1,12}?(?P<visit4>开展)"
                                     # 执行主席甲、乙在主席台执行主席席就座, 常务主席甲、乙在主席台前排就坐: seated, present
                                     + r"|(?P<seated>在主席台[^，。；,]{0,8}?就[座坐])"
                                     # 区委常委甲、组织部副部长乙调研某工程: each of the list is present
                                     + r"|(?P<visit3>(?:实地)?(?:调研|视察|考察|督导|督查))(?![组团员])"
                                     # A，B带队: both lead; A，B为工坊揭牌: both present
                                     + r"|率队|带队|率团|率领|为[^，。；,]{0,14}?(?:揭牌|剪彩|授牌|授旗|颁奖|颁证)"
                                     # 甲，乙，丙等向委员们致以亲切的问候: each calls on them, present
                                     + r"|(?P<greet>向[^，。；,]{1,12}?致以[^，。；,]{0,8}?(?:问候|慰问|祝贺))"
                                     # 局长甲，副局长乙带领某股、某股一行到…: both lead
                                     + r"|(?P<lead>带领)(?=[^，。；,]{1,16}?一行)"
                                     # 局长甲、乙回答记者提问; 甲、乙等6名书记现场述职: each speaks
                                     + r"|(?P<answer>回答记者提问|(?:现场|逐一)?述职(?!报告|评议))")
        # a label of a roster's line (副县长：, 委员（按姓氏笔画为序）：)
        self.roster_label = re.compile("(?P<title>" + "|".join(map(re.escape, sorted(
            {*lex.titles, *lex.title_normalise}, key=len, reverse=True))) + r")(?:[（(][^）)\n]{0,12}[）)])?[：:]")
        # (甲，乙陪同考察，并在座谈会上介绍了…: the list's second verb, after where it was done)
        self.also_speak = re.compile("(?:考察|调研|视察|检查|督导)?[，,]?并(?:在[^，。；,]{1,20}?[上中])?(?:"
                                     + "|".join(re.escape(c) for c in self.role_cues if lex.roles[c] == "speaker") + ")")
        self.version = f"{EXTRACTOR_VERSION}+{lex.digest}+{code_digest()}"

    @classmethod
    def load(cls) -> "Extractor":
        gz = default_gazetteer()
        names = set()
        for p in gz.by_code.values():
            names.add(p.name)
            if len(p.short) >= 2:
                names.add(p.short)
        from ..script import Simplifier

        return cls(default_lexicon(), tuple(sorted(names)), Simplifier())

    # ------------------------------------------------------------------ persons
    def find_persons(self, text: str, articles: list[Article], appointed=()) -> dict[str, list[int]]:
        """Names found by grammar, with where they were introduced (``appointed``: the page's
        ``appointments``)."""
        found: dict[str, list[int]] = {}

        def add(name, pos):
            found.setdefault(name, []).append(pos)

        for m in self.title_re.finditer(text):
            pos = m.end()
            if m.start() and text[m.start() - 1] in self.lex.surnames and \
                    (m.start() == 1 or not is_cjk(text[m.start() - 2])):
                continue  # 闫主任、石书记全面了解…: a surname and a title, a form of address; no name follows
            aside = ASIDE_AFTER.match(text, pos)
            if aside:  # 副区长（挂职）甲
                pos = aside.end()
            if text.startswith(("有：", "有:"), pos) and m.group().endswith("领导"):
                pos += 2  # 出席会议的县领导有：甲、乙、丙
            if text.startswith(" ", pos) and is_cjk(text[pos + 1:pos + 2]):
                pos += 1  # 市领导 周海波 郑晓燕 出席: names set off by spaces (PDF text)
            name = self.names.name_at(text, pos)
            if not name and m.group() not in self.descriptors and is_cjk(text[pos:pos + 1]):
                name = self.names.name_cut(text, pos)  # 县委书记程光明专题调研: no follower after the name
            name = name or self.names.listed_name(text, pos)  # 县领导张会明、乙出席
            if not name or self.names.word_goes_on(text, m.start(), m.end()):  # 主席台就座: no name
                continue
            if len(name) == 2 and m.group() in self.descriptors and self.names.common_word(name):
                continue  # 县领导关心的问题: a label, then a common word (a title is followed by a name)
            if len(name) == 3 and m.group() in self.descriptors and self.names.two_words(text, pos):
                continue  # 把群众冷暖放在心上: a label, then two words that read on (冷暖|放在)
            add(name, pos)
            self._list_goes_on(text, pos, name, pos > m.end(), add)
        # 为“浙江好人”甲送上问候, 看望了“最美衢州人”乙: a name after the quoted honour it holds
        # (or after an honour's bracketed kind: 道德模范（平民英雄）甲)
        for m in _HONOUR_QUOTED.finditer(text):
            name = self.names.name_at(text, m.end())
            if name:
                add(name, m.end())
                self._list_goes_on(text, m.end(), name, False, add)
        # 担任大会执行主席的有：甲、乙; 在主席台就座的还有：丙、丁: the names after the cue
        for m in _PRESENT_WERE.finditer(text):
            pos = m.end()
            name = self.names.name_at(text, pos, trust_jieba=False) or self.names.listed_name(text, pos)
            if name:
                add(name, pos)
                self._list_goes_on(text, pos, name, False, add)
        for m in _BARE_PRESENT.finditer(text):
            items = m.group("run").split("、")
            if all(self._bare_listed(it) for it in items):
                for k, it in enumerate(items):
                    add(it, m.start() + sum(len(x) + 1 for x in items[:k]))
        # 朱某、崔某某、毛某某、谢某某围绕…作了交流发言: three or more names in a row with no title
        for m in _NAME_RUN.finditer(text):
            items = m.group().split("、")
            if all(it in found for it in items[1:-1]):
                continue  # 县领导甲、乙、丙: a list the titles before it have read already
            # (副主席周平、…: not 席周平, whose 席 ends the title before it)
            first = next((items[0][-n:] for n in (3, 2) if self._bare_listed(items[0][-n:]) and not (
                len(items[0]) > n and self.posts.title_suffix(items[0][:-n + 1]))), None)
            if first and items[0][:-len(first)].endswith(("和", "与", "及", "同")):
                continue  # 县领导和国婷、…: 和 may be the first name's surname, the split cannot tell
            # the last name ends where a name may end (…、陈某某围绕, 张某以及: 张某, 陶某等参加: 陶某)
            last_at = m.end() - len(items[-1])
            last = self.names.name_at(text, last_at, trust_jieba=False)
            if not last and text.startswith(("等", "同志"), m.end()):
                last = items[-1]
            if not last or not items[-1].startswith(last):
                continue
            items[-1] = last
            if first is None or not all(self._bare_listed(it) for it in items[1:]) \
                    or len({it[0] for it in [first, *items[1:]]}) == 1:
                continue  # (边想、边干、边探索: one character opening each, a parallel phrase)
            pos = m.start() + len(items[0]) - len(first)
            for it in [first, *items[1:]]:
                add(it, pos)
                pos += len(it) + 1
        # 甲、乙、丙等县领导参加: the names listed before a label of leaders
        for m in self.leaders_after_list.finditer(text):
            end = m.start()
            while (name := self.names.name_before(text, end)) is not None:
                add(name, end - len(name))
                end -= len(name)
                if not text.startswith("、", end - 1):
                    break
                end -= 1
        for name, pos, _ in self.names.reverse_titled(text):
            if pos + 1 not in found.get(name[1:], ()):  # 副主任张华同志: not 任张华, the title's tail
                add(name, pos)
        for name, pos, _ in appointed:
            add(name, pos)
        # headline credit lines: 苗振宇讲话 邵可欣主持, 钱永安蔡启明出席汇报会
        known = set(found)
        for art in articles:
            for h in art.headings:
                body = h.text.lstrip("# ")
                for part in body.split():
                    m = re.match(r"^([\u4e00-\u9fff、]{2,16}?)等?(讲话|主持|出席|参加|致辞|陪同|列席)", part)
                    if not m:
                        continue
                    for run in m.group(1).split("、"):
                        pieces = self.names.split_run(run, known)
                        if pieces and all(p in known or self.names.is_name(p) for p in pieces):
                            for p in pieces:
                                add(p, h.start + h.text.find(p))
        return found

    def _bare_listed(self, item: str) -> bool:
        """Is ``item`` of a run of names with no title a name: a name by the table, no common word
        of the dictionary, no place (华埠镇、池淮镇、音坑乡: places, not people)?"""
        return (self.names.is_name(item) and item[-1] not in "镇乡村街区县市省场园"
                and not self.names.plain_word(item) and not self.posts.starts_with_place(item))

    def _list_goes_on(self, text: str, pos: int, name: str, spaced: bool, add) -> None:
        """A list continuing after its first name at ``pos``: 县领导A、B、C等参加, 市领导 A B C 出席
        (``spaced``: names set off by spaces), to its last item after 和 or 及."""
        j = pos + len(name)
        while j < len(text) and text[j] in ("、 " if spaced else "、"):
            nxt = self.names.name_at(text, j + 1, trust_jieba=False)
            if not nxt or text[j + 1 + len(nxt):j + 2 + len(nxt)] not in _LIST_STOPS:
                # (a name that ends at the list's mark is whole; else the item to the mark may be
                # longer: 甲、蓝家和，: 和 before a stop is no conjunction)
                listed = self.names.listed_name(text, j + 1)
                if listed and len(listed) > len(nxt or ""):
                    nxt = listed
            if not nxt:
                break
            add(nxt, j + 1)
            j += 1 + len(nxt)
        if j > pos + len(name) and text.startswith(("和", "及"), j):
            # 县领导甲、乙和丙出席: the list's last item after a conjunction
            last = self.names.name_at(text, j + 1, trust_jieba=False)
            if last and not self.names.in_a_phrase(text, j + 1):
                add(last, j + 1)

    # 任命甲为县财政局局长; an election (选举甲为县长, 补选乙为…) gives the post as an appointment does;
    # the items after the first follow over a comma (选举甲为县长，乙为县监委主任)
    _CHAIN = r"(?P<chain>[^，。；;,：:！？\n]{2,40}?)"  # the titles after 为, to the clause's end
    # (任命甲、乙、丙三位同志为…委员: a count of the list before 同志)
    _NAMED_TO = (r"(?P<who>[\u4e00-\u9fff]{2,4}(?:、[\u4e00-\u9fff]{2,4})*)(?:" + SEX_NOTE
                 + r")?(?:[两二三四五六七八九十\d]{1,2}[位名])?(?:同志)?为"
                 + _CHAIN + r"(?=[，。；;,]|$|(?:职务|同志))")
    # (任命县委副书记甲同志为…: the post held now, printed before the name, is read by its chain)
    APPOINTED = re.compile(r"(?:任命|选举|补选)(?:[^，。；;,为]{2,24}?(?=(?![^同]{0,3}?[两二三四五六七八九十\d][位名]同志)"
                           r"[\u4e00-\u9fff]{2,3}同志为))?" + _NAMED_TO)
    APPOINTED_MORE = re.compile(r"[，,]" + _NAMED_TO)
    # 甲当选为县长: the name is read back from 当选
    ELECTED = re.compile(r"当选为?" + _CHAIN + r"(?=[，。；;,]|$)")
    # a decision announced at a cadres' meeting: 甲同志任中共开化县委委员、常委、书记
    NAMED_SERVES = re.compile(r"(?P<who>[\u4e00-\u9fff]{2,4}?)同志(?:任|担任)" + _CHAIN + r"(?=[，。；;,]|$|职务)")

    # a government's notice of appointments, one a line or one after another (决定：甲任县教育局副局长；
    # 乙任…（试用期一年）；)
    LINE_SERVES = re.compile(r"(?:^|(?<=[：:；;\n]))(?P<who>[\u4e00-\u9fff]{2,4}?)(?:" + SEX_NOTE + r")?(?:同志)?任"
                             + _CHAIN + r"(?=[，。；;,（(]|$)")

    # a profile's subject and the post the story gives (今年52岁的甲是九华乡妙源村党支部书记。)
    IS_POST = re.compile(r"(?:^|(?<=[，。；;,：:\n的]))(?P<who>[\u4e00-\u9fff]{2,4}?)(?:是|系)" + _CHAIN + r"(?=[，。；;,]|$)")
    AGED = re.compile(r"[\d一二三四五六七八九十]+岁的")

    DISMISSED = re.compile(r"免去(?P<who>[\u4e00-\u9fff]{2,4}?(?:、[\u4e00-\u9fff]{2,4}?)*)(?:同志)?(?:的|所任)")
    # 乙同志不再担任…职务: leaves the post, as a dismissal does
    NO_LONGER = re.compile(r"(?:^|(?<=[，。；;,：:\n]))(?P<who>[\u4e00-\u9fff]{2,4}?)同志不再担任")
    # 接受甲辞去区人民政府区长职务的请求: a resignation accepted, as a dismissal is
    RESIGNED = re.compile(r"(?:接受|同意)(?P<who>[\u4e00-\u9fff]{2,4}?)(?:同志)?辞去")

    # a cadre's profile in a notice before appointment (任前公示): 甲，男，1979年6月生，…，现任县发改局
    # 副局长，拟任…: the post held now (拟任, the one proposed, is not held yet)
    PROFILE = re.compile(r"(?:^|\n)(?P<who>[\u4e00-\u9fff]{2,4})[，,][男女][，,][^。\n]{0,80}?现任"
                         r"(?P<chain>[^，。；;,：:！？\n]{2,40})")

    # a decision printed as a list (决定任命：甲为县财政局局长；乙（女）为…。决定免去：丙的…职务。):
    # each item is a name, then 为 and the post, or 的 and the post left
    DECISION_LIST = re.compile(r"(?P<verb>任命|免去)[：:]\s*(?P<items>[^：:]+?)(?=(?:决定)?(?:任命|免去)[：:]|\n\n|$)")
    DECISION_ITEM = re.compile(r"(?P<who>[\u4e00-\u9fff]{2,4}?)(?:" + SEX_NOTE + r")?(?:同志)?"
                               r"(?:(?P<to>为)(?P<chain>[^，。；;,\n]{2,40}?)(?:职务)?|(?:的|所任)[^，。；;,\n]{2,40}?)"
                               r"[。；;，,\n]*$")

    # a list of names, each with its post in brackets after it (获评的有：甲（华埠镇党委书记）、乙（县
    # 人民医院护士长）): the bracket is read as a chain printed before the name
    BRACKETED = re.compile(r"(?:^|(?<=[、：:，,；;。\s]))(?P<who>[\u4e00-\u9fff]{2,4}?)[（(]"
                           r"(?P<chain>[^（）()，,。；;\n]{2,30})[）)]")
    _JOB_END = re.compile(r"(?:长|员|师|警|书记|主任|代表|经理)$")
    # a list of honours or candidates, one entry a line: 甲 华埠镇金星村党支部书记, 乙（女） 县人民医院护士长
    LISTED_LINE = re.compile(r"(?m)^(?P<who>[\u4e00-\u9fff]{2,4})(?:[（(][男女][）)])?[ \u3000]+"
                             r"(?P<chain>[\u4e00-\u9fff、（）()]{2,40})[ \u3000]*$")

    # the roster a new committee or government prints after its election, under a heading that
    # names the body and ends in 名单 (中国共产党开化县第十五届委员会书记、副书记、常务委员会委员名单),
    # one title a line (副书记：甲 乙; 常务委员会委员（按姓氏笔画为序）：甲 乙 丙), the lines often run
    # together in the OCR (…名单县长：甲副县长：乙 丙): each title is found by the title table
    ROSTER_HEAD = re.compile(r"(?m)^(?P<head>[^\n，。；;：:]{4,60}?)名单(?:[（(][^）)\n]{0,12}[）)])?")

    def rosters(self, text: str) -> list[tuple[str, int, tuple[str, int, int]]]:
        """Names on a roster, as ``appointments`` gives them: the body from the heading, the title
        from the label (副书记：甲 乙 -> 开化县委副书记甲, 开化县委副书记乙); the chain's offsets are
        the heading's, so the evidence runs from the heading to the name."""
        out = []
        for h in self.ROSTER_HEAD.finditer(text):
            # the body: the heading less the titles it lists (…委员会书记、副书记、常务委员会委员)
            body = h.group("head").split("、")[0]
            title = self.posts.title_suffix(body) or next(
                (t for t in self.lex.title_normalise if body.endswith(t)), "")
            body = body[: len(body) - len(title)] if title else ""
            if not body:
                continue
            at = h.end()
            while (m := self.roster_label.match(text, at + len(text[at:]) - len(text[at:].lstrip()))):
                para_end = text.find("\n\n", m.end())
                para_end = len(text) if para_end < 0 else para_end
                nxt = self.roster_label.search(text, m.end(), para_end)
                at = nxt.start() if nxt else para_end
                title = self.lex.title_normalise.get(m["title"], m["title"])
                for run in re.finditer(r"[^、，, \n]+", text[m.end():at]):
                    cut = m.end() + run.start()
                    for who in self.names.split_run(run.group()) or ():
                        out.append((who, cut, (body + title, h.start(), h.end())))
                        cut += len(who)
        return out

    def bracketed(self, text: str) -> list[tuple[str, int, tuple[str, int, int]]]:
        """Names printed with their post beside them, as ``appointments`` gives them: in brackets
        after the name (甲（华埠镇党委委员）), or after a space on a list's line (甲 华埠镇金星村党支部书记)."""
        out = []
        for m in self.BRACKETED.finditer(text):
            chain = m.group("chain")
            if not (self.posts.title_suffix(chain) or chain.endswith(self.lex.descriptors)
                    or self._JOB_END.search(chain)):
                continue
            out.extend((who, at, self._chain_of(m)) for who, at in self._listed(m))
        for m in self.LISTED_LINE.finditer(text):
            chain = m.group("chain")
            if self.posts.title_suffix(chain) or self._JOB_END.search(chain):
                out.extend((who, at, self._chain_of(m)) for who, at in self._listed(m))
        return out

    # 市委甲书记, 县政府乙县长: a leader named between the body and the title, as remarks cite a
    # superior (传达学习市委甲书记在…上的讲话精神)
    _BODY_NAME_TITLE = re.compile(r"(?<=[委府协])(?P<who>[\u4e00-\u9fff]{2,3}?)"
                                  r"(?P<t>副?书记|(?:常务)?副?[省市县区]长|副?主任|副?主席)(?![处台团])")
    _BODY_END = re.compile(r"(?:[省市县区]委|[省市县区]政府|[省市县区]人大常委会|[省市县区]政协)$")
    # 听了甲主席的政协常委会工作报告, 审议了乙县长所作的政府工作报告, 学习了丙书记在…上的讲话: a leader named
    # before the title alone, then what that leader said or delivered (王书记, 丁主任 alone is a form of address)
    _NAME_TITLE_SPOKEN = re.compile(r"(?<![总常务党委支部副])副?(?:书记|省长|市长|县长|区长|州长|主席|主任)"
                                    r"(?=所作的?|作的|的讲话|的报告|的[^，。；、]{0,12}?报告|在[^，。；、]{1,20}?上的讲话)")

    def group_heads(self, text: str) -> list[tuple[str, int, tuple[str, int, int]]]:
        """The heads of groups printed 以甲为组长的某督查组 (a team of inspectors, a delegation), as
        ``appointments`` gives them: the chain is the group and the title."""
        out = []
        for m in _GROUP_HEAD.finditer(text):
            who = self.names.name_before(text, m.start())
            at = m.start() - len(who) if who else -1
            if who and _AFTER_YI.search(text, max(0, at - 24), at):  # (以 and the titles, in one clause)
                out.append((who, at, (m.group("body") + m.group("t"), m.start("t"), m.end("body"))))
        return out

    def titled_after(self, text: str) -> list[tuple[str, int, tuple[str, int, int]]]:
        """Names printed between their body and their title (市委甲书记), or before a title alone that a
        report or speech follows (乙县长所作的报告), as ``appointments`` gives them: the chain is the body and
        the title, read as if printed before the name (a bare 主席 or 书记 then names no body)."""
        out = []
        for m in self._BODY_NAME_TITLE.finditer(text):
            who, at = m.group("who"), m.start("who")
            if not self.names.is_name(who) or self.names.plain_word(who):
                continue  # 县委常务副书记: 常务 is a word, not a name
            # the longest body printed before the name: a level (市委) or a place's (衢州市委)
            body = next((b for n in range(min(at, 8), 1, -1) if self._BODY_END.search(b := text[at - n:at])
                         and (self._BODY_END.fullmatch(b) or self.posts.starts_with_place(b))), None)
            if body:
                out.append((who, at, (body + m.group("t"), at - len(body), m.end("t"))))
        for m in self._NAME_TITLE_SPOKEN.finditer(text):
            who = self.names.name_before(text, m.start())
            if who:
                out.append((who, m.start() - len(who), (m.group(), m.start(), m.end())))
        return out

    def decision_lists(self, text: str):
        """(verb, name, where it is printed, (chain, start, end) or None) of the lists of a
        decision: 任命 gives the post to hold, 免去 a person and no post."""
        for m in self.DECISION_LIST.finditer(text):
            at = m.start("items")
            for item in re.split(r"(?<=[；;。\n])", m.group("items")):
                it = self.DECISION_ITEM.match(item.strip())
                lead = len(item) - len(item.lstrip())
                if it and self.names.is_name(it.group("who")) and bool(it.group("to")) == (m["verb"] == "任命"):
                    chain = (it.group("chain"), at + lead + it.start("chain"), at + lead + it.end("chain")) \
                        if it.group("to") else None
                    yield m["verb"], it.group("who"), at + lead, chain
                at += len(item)

    @staticmethod
    def _chain_of(m: re.Match) -> tuple[str, int, int]:
        """A match's ``chain`` group: the titles printed with the name, where they stand."""
        return m.group("chain").removesuffix("职务"), m.start("chain"), m.end("chain")

    def _listed(self, m: re.Match) -> list[tuple[str, int]]:
        """The names of a match's ``who`` group (甲、乙), with where each is printed."""
        out, at = [], m.start("who")
        for who in m.group("who").split("、"):
            if self.names.is_name(who):
                out.append((who, at))
            at += len(who) + 1
        return out

    def appointments(self, text: str) -> list[tuple[str, int, tuple[str, int, int] | None]]:
        """Persons printed with a change of post -> (name, where it is printed, (the chain of
        titles, its start, its end) or None). 任命甲为县财政局局长, 决定任命甲、乙为副县长 and a
        profile's 现任 give the post held from then on, as a person printed with the title holds
        it (a study of who moved reads these); 免去甲、乙的…职务 gives None: a person, and (as with
        原县委书记) no post from the one left."""
        out, dismissed = [], []
        for m in self.APPOINTED.finditer(text):
            while m:
                out.extend((who, at, self._chain_of(m)) for who, at in self._listed(m))
                m = self.APPOINTED_MORE.match(text, m.end())
        for m in self.NAMED_SERVES.finditer(text):
            out.extend((who, at, self._chain_of(m)) for who, at in self._listed(m))
        out.extend(self._named_with_chain(self.LINE_SERVES, text))
        for m in self.ELECTED.finditer(text):
            end = m.start()  # 甲、乙当选为县纪委副书记: each name of the list before 当选
            while (who := self.names.name_before(text, end)) is not None:
                out.append((who, end - len(who), self._chain_of(m)))
                end -= len(who)
                if not text.startswith("、", end - 1):
                    break
                end -= 1
        for verb, who, at, chain in self.decision_lists(text):
            (out if verb == "任命" else dismissed).append((who, at, chain))
        for m in self.PROFILE.finditer(text):
            out.extend((who, at, self._chain_of(m)) for who, at in self._listed(m))
        out.extend(self._named_with_chain(self.IS_POST, text))
        for m in self.AGED.finditer(text):  # 年过半百的 is no age; 今年52岁的甲 names a person
            who = self.names.name_at(text, m.end())
            if who:
                out.append((who, m.end(), None))
        for rx in (self.DISMISSED, self.NO_LONGER, self.RESIGNED):
            for m in rx.finditer(text):
                out.extend((who, at, None) for who, at in self._listed(m))
        return out + dismissed

    def _named_with_chain(self, rx: re.Pattern, text: str) -> list[tuple[str, int, tuple[str, int, int]]]:
        """The matches of ``rx`` whose ``who`` is a name as name_at reads it there (工作的重点是… is a
        phrase, not a name) and whose ``chain`` ends in a title."""
        return [(m.group("who"), m.start("who"), self._chain_of(m)) for m in rx.finditer(text)
                if self.posts.title_suffix(m.group("chain"))
                and self.names.name_at(text, m.start("who")) == m.group("who")]

    @staticmethod
    def mentions(text: str, names: set[str]) -> list[tuple[int, str]]:
        """Every occurrence of a known name, longest first at a position, no overlaps (leftmost
        first, as a regex alternation of the names, longest first, would find them). Found by
        ``str.find`` per name: compiling such a regex for each page's names took 9% of extraction."""
        hits = []
        for name in names:
            i = text.find(name)
            while i >= 0:
                hits.append((i, -len(name), name))
                i = text.find(name, i + 1)
        hits.sort()
        out, end = [], 0
        for i, neg, name in hits:
            if i >= end:
                out.append((i, name))
                end = i - neg
        return out

    # -------------------------------------------------------------------- roles
    def roles_after(self, text: str, j: int) -> list[tuple[str, int, int]]:
        """Role cues right after a name (主持会议并讲话 -> chair, speaker)."""
        roles = []
        while text.startswith((" ", "\u3000"), j):
            j += 1  # 甲 主持会议: a space after the name (text from a PDF)
        m = _AFTER_NAME.match(text, j)
        if m:  # 高建国（前左二）在常山县调研, 刘海燕（女）出席
            j = m.end()
        for _ in range(6):
            if text.startswith("同志", j):
                j += 2
            if roles:
                j = _goes_on(text, j)
            m = _AT_OCCASION.match(text, j)  # matched in place: text[j:] copied the rest of the page
            if m:
                if "讲话" in m.group() and not text.startswith("的", m.end()):
                    roles.append(("speaker", j, m.end()))
                elif text.startswith("说", m.end()):  # 在会上说, 在听取发言后说
                    roles.append(("speaker", j, m.end() + 1))
                if _ON_A_VISIT.search(m.group()) and not text.startswith("的", m.end()):
                    # 在石梁镇调研时强调: present on the visit, and speaks (在衢州调研时的讲话 cites it)
                    roles.append(("attendee", j, m.end()))
                j = m.end()
            for adv in ADVERBS:
                if text.startswith(adv, j):
                    j += len(adv)
                    break
            m = _HEARD.match(text, j)
            if m:
                j = m.end()
            if text.startswith("一行", j) and text[j + 2:j + 3] in ("，", "。", "；", ",", ";"):
                roles.append(("attendee", j, j + 2))  # 会见了乙一行。: a guest, present
                break
            m = _HEADS_DELEGATION.match(text, j)
            if m:  # 会见了以乙为团长的经贸代表团一行: the delegation's head, present
                roles.append(("attendee", j, m.end()))
                break
            m = _GAVE_SPEECH.match(text, j)
            if m:
                roles.append(("speaker", j, m.end()))
                j = m.end()
            else:
                lead = _LEADS.match(text, j)
                cue = None if lead else next((c for c in self._cues_at.get(text[j:j + 1], ()) if text.startswith(c, j)),
                                             None)
                if lead or cue in ("率队", "带队", "率团", "率领"):
                    end = lead.end() if lead else j + len(cue)
                    roles.append(("chair", j, end))
                    j = end
                    # 率队来我区调研: the leader chairs the visit, and is not listed as present too
                    # (the answer key: 省委副书记甲率队在某市调研 is chair and speaker)
                    # (率队在衢州开展调研时指出: the occasion is read next, and the leader also speaks)
                    visit = None if _AT_OCCASION.match(text, j) else _VISIT.match(text, j)
                    if visit:
                        j = visit.end()
                    continue
                visit = _VISIT.match(text, j)
                if cue is None and not visit:
                    m = _PLACED.match(text, j)
                    if m:  # 在华埠镇主持召开座谈会, 来我县作专题报告: where, then the role
                        j = m.end()
                        continue
                if cue is None and visit:
                    # 来我区调研, 一行参观, 为…揭牌: present at the occurrence (FORMAT: attendee)
                    roles.append(("attendee", j, visit.end()))
                    j = visit.end()
                    if text.startswith("时", j) and not text.startswith("时的", j):
                        j += 1  # 到航埠镇督导时指出: what is said on the visit
                    continue
                if cue is None:
                    break
                if cue == "讲话" and text.startswith("精神", j + 2):
                    break
                roles.append((self.lex.roles[cue], j, j + len(cue)))
                j += len(cue)
                if roles[-1][0] == "chair":
                    m = _CHAIRED_THEN_REMARK.match(text, j)
                    if m:  # 主持召开市政府常务会议，强调: the chair speaks too
                        roles.append(("speaker", m.start("cue"), m.end()))
                        break
                if cue == "到会":  # 到会通报有关情况: present, and what is done there
                    continue
            for obj in EVENT_OBJECTS:
                if text.startswith(obj, j):
                    j += len(obj)
                    break
            else:
                m = _NAMED_OBJECT.match(text, j)
                if m:
                    j = m.end()
            if text.startswith("并", j):
                j += 1
                continue
            on = _goes_on(text, j)
            if on != j:
                j = on
                continue
            break
        return roles

    def _told(self, text: str, pos: int, floor: int) -> bool:
        """Is the name at ``pos`` the one spoken to (甲向县委书记乙汇报), after 向 and its titles?
        (方向, 面向, 导向 are words, not the preposition.)"""
        before = text[self.posts.chain_start(text, pos, max(floor, pos - 24)):pos]
        k = before.rfind("向")
        return k > 0 and before[k - 1] not in "方面导走志意倾转动去朝指" and (
            k == len(before) - 1 or bool(self.posts.title_suffix(before[k + 1:])))

    _RELAYS = re.compile(r"传达|学习|贯彻|落实|按照|根据|遵照")
    _CLAUSE_TO_END = re.compile(r"[^，。；,;\n]*")
    # …和市长乙所作的《政府工作报告》: a report delivered elsewhere, which the meeting relays
    _REPORT_RELAYED = re.compile(r"(?:所作的?|作的)[《“]?[^，。；,;\n》”]{0,20}?报告")

    def _cited(self, text: str, pos: int, end: int) -> bool:
        """Is the name at ``pos`` cited, not present: the one whose words a meeting relays
        (传达省委常委、市委书记甲专题部署疫情防控工作时的讲话精神, 传达学习…市长乙所作的《政府工作报告》)?
        Its clause relays, and ends on 精神 or on the report the name delivered."""
        start = max(text.rfind(c, 0, pos) for c in "，。；,;\n") + 1
        if self._REPORT_RELAYED.match(text, end):
            # (传达学习了…活动精神，市长乙所作的《政府工作报告》: the verb may open the sentence)
            start = max(text.rfind(c, 0, pos) for c in "。；;\n") + 1
            return bool(self._RELAYS.search(text, start, pos))
        return bool(self._RELAYS.search(text, start, pos)) and "精神" in self._CLAUSE_TO_END.match(text, end).group()

    # a person's act on another, printed between them (甲在致词中对乙一行的到来表示欢迎: 乙 is the object)
    _ACTS_ON = re.compile(r"对|向|给|会见|接见|看望|慰问|欢迎|陪同")

    def _clause_subject(self, text: str, pos: int, names: set[str] = frozenset()) -> bool:
        """Is the name at ``pos`` the subject of its clause (after punctuation or a title chain)?
        Not where another name before it in the clause acts on it (甲…对|…党委书记乙)."""
        s = self.posts.chain_start(text, pos, max(0, pos - 60))
        before = text[s:pos]
        if self._ACTS_ON.search(before) and any(
                (at := before.find(n)) >= 0 and self._ACTS_ON.search(before, at + len(n)) for n in names):
            return False
        return not before or bool(self.title_re.search(before)) and before.endswith(
            tuple(self.titles) + self.lex.descriptors)

    def _nominal(self, chunk: str, names: set[str]) -> bool:
        rest = chunk
        for n in names:
            rest = rest.replace(n, "")
        return not any(v in rest for v in CLAUSE_VERBS)

    def attendee_lists(self, text: str, lo: int, hi: int, names: set[str]) -> list[tuple[str, str, int, int]]:
        """Names in the subject of a list verb: 县领导A、B，其他领导C等参加 (attendee);
        A、B分别讲话 (each a speaker)."""
        out = []
        seg = text[lo:hi]
        for m in self.list_verbs.finditer(seg):
            v = lo + m.start()
            if text.endswith(self.role_cues, max(0, v - 4), v):
                continue  # 主持签约仪式, 出席签约仪式: the object of another role's verb
            if m.group("visit3") and not any(text[v - n:v] in names for n in (2, 3, 4)):
                continue  # (甲、乙调研: a name right before the verb, looked up before the list is read)
            s, _ = sentence_span(text, v)
            s = max(s, lo)
            chunks = re.split(r"(?<=[，,])", text[s:v])
            span_start = v
            for k in range(len(chunks) - 1, -1, -1):
                chunk = chunks[k]
                head = chunk.rstrip("，,")
                if k != len(chunks) - 1 and not self._nominal(head, names):
                    break
                span_start -= len(chunk)
                if k == len(chunks) - 1:
                    items = head.split()
                    if len(items) > 1 and any(c in items[-2] for c in CLAUSE_VERBS):
                        # 周向军讲话 徐惠文部署防疫工作 徐爱平等参加 (a subheading of credits): the list is
                        # the last credit's
                        span_start = v - len(head) + head.rstrip().rfind(" ") + 1
                        break
                    if any(c in head for c in ("主持", "讲话", "召开")):
                        # 孙建平主持 刘波 郑国华出席 (a subheading): the list begins after the other verb
                        span_start += max(head.rfind(c) + len(c) for c in ("主持", "讲话", "召开") if c in head)
                        break
            sub = text[span_start:v]
            cue = m.group()
            if cue == "率领":
                # 甲会见了由乙、丙率领的代表团: those after 由 lead, not the host before it
                k = max((i + len(w) for w in ("由", "会见了", "会见", "接见") if (i := sub.rfind(w)) >= 0), default=0)
                if k > 0:
                    span_start, sub = span_start + k, sub[k:]
            if cue.startswith("为") or m.group("visit") or m.group("visit2") or m.group("visit3") or m.group("visit4") \
                    or m.group("seated") or m.group("greet"):
                role = "attendee"
            elif m.group("report") or m.group("answer") or m.group("present") or m.group("proposal") or m.group("share"):
                role = "speaker"
            elif m.group("lead"):
                role = "chair"  # as 率领 is
            else:  # the verb of 分别…讲话, else the whole cue (出席, 作了交流发言, 率队)
                role = self.lex.roles[m.group("v") or cue.replace("作了", "作")]
            # A，B出席并致辞, A，B出席签约仪式并致辞: the second verb is the whole list's too
            after = v + len(cue)
            obj = _NAMED_OBJECT.match(text, after)
            also = self.also_speak.match(text, obj.end() if obj else after) if role == "attendee" else None
            listed = self.mentions(sub, names)
            if (m.group("visit2") or m.group("visit3")) and listed and not _VISITORS_TAIL.fullmatch(
                    text, span_start + listed[-1][0] + len(listed[-1][1]), v):
                continue  # 甲率代表团来我县考察: the visit is the delegation's, which 甲 leads
            if m.group("visit3") and len(listed) < 2:
                continue  # (one name before 调研 is read by the roles after it)
            for pos, name in listed:
                out.append((name, role, span_start + pos, v + len(cue)))
                if also:
                    out.append((name, "speaker", span_start + pos, also.end()))
        # 甲带领乙、丙等来到我市: those led, named, are present
        for m in _LED_LIST.finditer(seg):
            a = lo + m.start(1)
            for pos, name in self.mentions(m.group(1), names):
                out.append((name, "attendee", a + pos, lo + m.end()))
        # 在主席台就座的还有A，B，C等: the names after the cue, to the sentence's end, are present
        for m in _PRESENT_WERE.finditer(seg):
            a = lo + m.end()
            _, e = sentence_span(text, a)
            for pos, name in self.mentions(text[a:e], names):
                out.append((name, "attendee", lo + m.start(), a + pos + len(name)))
        return out

    # ------------------------------------------------------------------- events
    def _lead_date(self, art: Article, text: str, meta: PageMeta):
        if not art.body:
            return None
        lead = art.body[0]
        para_end = lead.start + len(lead.text)

        def full_stop_after(p: int) -> int | None:  # the end of the lead's sentence from p, None where no 。 ends it
            k = lead.text.find("。", p - lead.start)
            return lead.start + k + 1 if k >= 0 else None

        start = lead.start
        end = full_stop_after(start) or para_end
        dates = find_dates(text[start:end], meta.issue_date)
        if not dates and end < para_end:
            # 为了贯彻落实…专项行动方案。5月12日，省工商联副主席甲一行走进文成: a preamble with no date;
            # the next sentence opens the report
            start, end = end, full_stop_after(end) or para_end
            dates = find_dates(text[start:end], meta.issue_date)
        if len(dates) > 1 and dates[0].dateline:
            dates = dates[1:]  # 浙江在线06月28日讯 昨日上午，…: the day of the occasion, not of the filing
        if not dates or dates[0].start > 60:
            return None
        if not any(c in text[start:end] for c in self.lex.event_cues):
            # 3月23日，县政协开展…大行动。市政协副主席甲率督查组来我县指导，…参加活动: the dated sentence
            # tells what was done, the next one the occasion and who was there
            nxt = full_stop_after(end)
            if nxt is None or not any(c in text[end:nxt] for c in self.lex.event_cues):
                return None
            end = nxt
        return dates[0], start, end

    def _title(self, sentence: str, headings: list[str]) -> tuple[str, str]:
        for rx in TITLE_RE:
            m = rx.search(sentence)
            if m:
                # 我县|, 举行了|, 从1月5日召开的|全县经济工作会议上获悉
                t = re.sub(r"^(?:我[县市区]|了|的|，|,)", "", _DATELINE_LEAD.sub("", _PHOTO_PLACE.sub("", m.group("t")))).strip()
                t = re.sub(r"^\d{1,2}月\d{1,2}日(?:上午|下午|晚上)?[，,]?", "", t)
                t = re.sub(r"^由[^的]{2,40}(?:主办|承办|协办)的", "", t)  # 由X主办、Y协办的 + title
                bare = t in ("会议", "会") or _BARE_MEETING.fullmatch(t)
                numbered = re.fullmatch(r"第[一二三四五六七八九十\d]+次(全体)?会议", t)
                convener = _convener(sentence) if bare or numbered else ""
                if bare:
                    # 县委常委会召开扩大会议: the body that convened it names the meeting; 本报讯 县委常委会
                    # 1月5日召开会议: neither the dateline nor the date is the body's
                    t = re.sub(r"\d{1,2}月\d{1,2}日(?:[上下]午|晚上?)?$", "",
                               _DATELINE_LEAD.sub("", convener)) + t
                elif numbered and numbered.group(1):
                    # 市人大常委会第三十次会议举行第一次全体会议: the session is the occasion
                    if convener.endswith("会议"):
                        t = convener
                elif numbered:
                    # 县委审计委员会召开第五次会议: the committee that convened it names the meeting
                    # (区五届人大五次会议主席团召开第一次会议: the session's presidium)
                    if convener.endswith(("委员会", "领导小组", "常委会", "党组", "指挥部", "主席团")):
                        t = convener + t
                elif re.fullmatch(r"(?:领导小组|委员会|指挥部)(?:第[一二三四五六七八九十\d]+次)?(?:全体)?会议", t):
                    # 县委书记、县委平安开化建设领导小组组长甲主持召开领导小组会议: the group the
                    # sentence named before
                    kind_word = re.match(r"领导小组|委员会|指挥部", t).group()
                    named = re.findall(r"[^，,、。；;\s]{2,30}?" + kind_word, sentence[: sentence.find(t)])
                    if named:
                        t = self.posts.body_start(named[-1]) + t[len(kind_word):]
                elif re.match(r"[一二三四五六七八九十\d]+届", t):
                    # 市政协召开十届十七次主席会议: the body that convened it names the meeting
                    at = sentence.find(t)
                    subj = re.split(r"[，,]", sentence[: max(0, at - 2)])[-1]
                    if sentence[at - 2:at] in ("召开", "举行") and 2 <= len(subj) <= 10 \
                            and subj.endswith(("政协", "人大常委会", "常委会", "政府", "委", "党委", "委员会")):
                        t = subj + t
                # 参加市八届人大六次会议的|金东代表团全体会议: the delegation's meeting, not the session's
                t = re.sub(r"^参加[^的]{2,30}的(?=[^的]{2,12}代表团)", "", t)
                # a games, a fair, an evening's show: occasions, not meetings
                kind = "inspection" if t.endswith(INSPECTION) else \
                    "meeting" if "会" in t[-4:] and not t.endswith(("运动会", "晚会", "博览会", "交易会", "展销会")) \
                    or t.endswith(("学习", "学习研讨")) else "other"
                return t, kind
        # an audience (市长甲会见了乙一行), a talk (与企业家座谈), a delegation's review of a report
        # (参加代表团审议): a meeting, named by its headline
        kind = "meeting" if re.search(r"会见|接见|会谈|座谈|审议|讨论", sentence) else "other"
        # a headline, not the masthead's dateline (龙游报 2023年12月2日 星期六)
        heading = next((h.lstrip("# ") for h in headings if len(h) > 6 and not DATELINE.search(h)), "")
        if kind == "other" and any(w in heading for w in INSPECTION):  # 县委书记甲调研农业农村工作
            kind = "inspection"
        return heading[:60], kind

    def _organizer(self, sentence: str, title: str, juris: Jurisdiction) -> str | None:
        """The body that convened the occasion, named as FORMAT.md names bodies; None where the
        text names none, or only a level the paper does not resolve (县政府 in a city's paper)."""
        org = self._organizer_named(sentence, title, juris)
        return None if org and self.posts.unresolved(org) else org

    def _organizer_named(self, sentence: str, title: str, juris: Jurisdiction) -> str | None:
        # 江山市第十七届人民代表大会常务委员会第三十次会议: the congress's standing committee
        title = title.replace("人民代表大会常务委员会", "人大常委会")
        if re.search(r"^(?:大会)?主席团|会议主席团第", title):
            # 渠县第十九届人民代表大会第五次会议召开主席团第一次会议: the session's presidium, which the
            # congress (or the CPPCC) the sentence names convenes
            m = _CONGRESS_SESSION.search(sentence) or _CPPCC_SESSION.search(sentence)
            title = m.group() if m else title
        for rx in ORGANIZER_RE:
            m = rx.search(sentence)
            if m:
                o = self.posts.body_start(m.group("o").split("，")[-1].split(",")[-1])
                o = re.sub(r"^\d{1,2}月\d{1,2}日(?:上午|下午|晚上)?", "", o)
                if o and not o.startswith(("我县", "我市", "我区")):
                    return self.posts.canonical(o, juris)
        m = _CPPCC_SESSION.match(title)
        if m:  # 政协龙游县第十届委员会第三次会议: the county's CPPCC (政协衢州市衢江区…: the district's);
            # 中国人民政治协商会议第八届文成县委员会第四次会议: the term's number may come first
            place = self.posts.innermost_place(m.group(1)) or m.group(1)
            return self.posts.canonical(place + "政协", juris)
        m = re.match(r"^(?:中国共产党|中共)((?:[\u4e00-\u9fff]{2,4}[省市])?[\u4e00-\u9fff]{2,4}[省市县区])"
                     r"第?[\u4e00-\u9fff\d]{1,4}届(纪律检查)?委员会", title)
        if m:  # 中国共产党衢州市第八届委员会第八次全体(扩大)会议: a plenum of the party committee;
            # 中共衢州市柯城区第五届纪律检查委员会第四次全体会议: of the district's 纪委
            place = self.posts.innermost_place(m.group(1)) or m.group(1)
            return self.posts.canonical(place + ("纪委" if m.group(2) else "委"), juris)
        m = re.match(r"^(?:中共)?((?:[\u4e00-\u9fff]{2,4}[省市县区])?)([省市县区]?)(纪)?委[\u4e00-\u9fff\d]{1,4}届"
                     r"(常务委员会|常委会)?", title)
        if m and (m.group(1) or m.group(2)):  # 县委十五届七次全会, 中共开化县委十五届七次全体会议, 区纪委五届四次全会;
            # 区委八届常务委员会第119次会议: its standing committee's
            return self.posts.canonical((m.group(1) or m.group(2)) + (m.group(3) or "") + "委"
                                        + ("常委会" if m.group(4) else ""), juris)
        m = _CONGRESS_SESSION.match(title)
        if m and not title.startswith("常委会", m.end()):  # 开化县第十七届人民代表大会第四次会议, 县十七届人大四次会议: the congress itself
            # (福州市仓山区第十八届…: the district's)
            place = self.posts.innermost_place(m.group(1)) or m.group(1)
            return self.posts.canonical(place + "人大", juris)
        m = re.search(r"(?:^|第[\d一二三四五六七八九十百]{1,5}次)([省市县区])长办公会议$", title)
        if m:  # 第36次县长办公会议: the government's, which its head convenes
            return self.posts.canonical(m.group(1) + "政府", juris)
        # (十五届市委常委会第131次会议: the term's number may come first)
        m = re.match(r"^(?:[一二三四五六七八九十\d]{1,3}届)?((?:[\u4e00-\u9fff]{2,4}[省市县区]|[省市县区])?)"
                     r"(?:[\u4e00-\u9fff\d]{1,4}届)?(政府|政协|人大常委会|委常委会)", title)
        # a bare 政协 or 政府 names no body; nor does a phrase that only ends like a place
        # (县长为县政府系统…讲授党课)
        if m and m.group(1) and (len(m.group(1)) == 1 or self.posts.place_prefix(m.group(1))):
            return self.posts.canonical(m.group(1) + m.group(2), juris)
        m = re.match(r"^([\u4e00-\u9fff]{2,4}[省市县区]|[省市县区])委(?!员|政法委|宣传部|组织部|统战部|办公室|常委会)"
                     r"[\u4e00-\u9fff]{0,10}工作会议$", title)
        if m and (len(m.group(1)) == 1 or self.posts.place_prefix(m.group(1))):
            # 县委农村工作会议, 市委经济工作会议, 区委工作会议: the party committee's own conference
            return self.posts.canonical(m.group(1) + "委", juris)
        # (县委理论学习中心组专题学习会: the group that studies convenes it, as when it 举行 one)
        m = re.match(r"^([省市县区][\u4e00-\u9fff]{1,32}?(?:领导小组|委员会|指挥部|中心组))(?!第?[\u4e00-\u9fff\d]{1,4}届)", title)
        if m:
            return self.posts.canonical(m.group(1), juris)
        return None

    LOCATION = re.compile(r"(?:在|到|赴|来|深入)(?P<p>我[县市区]|[\u4e00-\u9fff]{2,6}?)(?:开展|进行)?(?:调研|督查|督导|检查|考察|视察|走访)")

    def _location(self, clause: str, juris: Jurisdiction) -> str | None:
        """Where a visit took place, when the text names a place of the gazetteer (在衢州开展调研)."""
        m = self.LOCATION.search(clause)
        if not m:
            return None
        place = m.group("p")
        if place.startswith("我"):
            return juris.for_level(place[1]) or juris.home
        gz = default_gazetteer()
        hit = gz.lookup(place)
        if hit is None:
            for suffix in ("市", "县", "区", "省"):
                hit = gz.lookup(place + suffix, within=juris.province)
                if hit:
                    break
        return hit.name if hit else None

    def events_for_article(self, art: Article, text: str, meta: PageMeta, juris: Jurisdiction,
                           names: set[str]) -> list[EventDraft]:
        lead = self._lead_date(art, text, meta)
        if lead is None:
            # a photograph's caption inside a report that tells of no occasion (图为4月20日，区委书记甲在
            # 航埠镇调研…。 记者 乙 摄) tells its own
            return [ev for para in art.body[1:] if _CAPTION.search(para.text)
                    for ev in self.events_for_article(replace(art, headings=[], body=[para]), text, meta, juris,
                                                      names)]
        date_m, lead_start, lead_end = lead
        sentence = text[lead_start:lead_end]
        # the headlines printed above it (the page's last lines, a credit such as （责任编辑：甲）, are kept
        # with the article they close but head nothing)
        title, kind = self._title(sentence, [h.text for h in art.headings if h.start < art.body[0].start])
        organizer = self._organizer(sentence, title, juris)
        if not title:  # no name, no headline (an item of news in brief): the clause that tells it
            told = _DATELINE_LEAD.sub("", sentence.rstrip("。"))
            # (a lead of two sentences, the occasion told in the second: each clause within one)
            clauses = [c for c in re.split(r"[，,。]", told) if c and not _DATE_ONLY.fullmatch(c)]
            title = next((c for c in clauses if any(w in c for w in self.lex.event_cues)),
                         clauses[0] if clauses else "")[:60]
        main = EventDraft(date_m.date, art.index, title, kind, organizer, lead_start, lead_end,
                          location=self._location(sentence, juris) if kind == "inspection" else None)
        events = [main]
        sub_by_sentence: dict[int, EventDraft] = {}
        sub_paras: list[tuple[int, int, EventDraft]] = []  # (start, its paragraph's end, event)
        # sub-events: a later sentence with its own date and a person leading a visit (率队...调研)
        for para in art.body:
            for d in find_dates(para.text, meta.issue_date, anchor=date_m.date):
                pos = para.start + d.start
                if pos < lead_end or d.date == date_m.date or d.relative:
                    continue
                s, e = sentence_span(text, pos)
                clause = text[s:e]
                if any(c in clause for c in ("率队", "带队", "主持")) or any(c in clause for c in INSPECTION):
                    if any(n in clause for n in names):
                        t, k = self._title(clause, [])
                        # no title printed: the clause that tells it, without its date and stop
                        # (1月6日，韩立群还到池淮镇走访慰问困难群众。)
                        told = [c for c in re.split(r"[，,]", clause.rstrip("。；;！!")) if not _DATE_ONLY.fullmatch(c)]
                        ev = EventDraft(d.date, art.index, t or "，".join(told)[:40] or clause[:40],
                                        "inspection" if any(c in clause for c in INSPECTION) else k, None, s, e,
                                        location=self._location(clause, juris))
                        events.append(ev)
                        sub_by_sentence[s] = ev
                        sub_paras.append((s, para.start + len(para.text), ev))
        # a later occasion of the same day, named in a sentence of its own (当天下午，甲又主持召开
        # 全市安全生产工作会议; 会后，我县随即召开部署会): an event of its own, on the lead's date,
        # told from that sentence on
        later: list[EventDraft] = []
        for para in art.body:
            for m in _LATER_SAME_DAY.finditer(para.text):
                if m.start() and para.text[m.start() - 1] not in FULL_STOP + "；":
                    continue
                s, e = sentence_span(text, para.start + m.start())
                if s < lead_end or s in sub_by_sentence:
                    continue
                clause = text[s:e]
                t, k = self._title(clause, [])
                if re.fullmatch(r"(?:会后|同日|同一天|当天|当日)[，,]", m.group()) and k != "meeting":
                    continue  # 会后，与会人员参观了…, 当天，还…: the meeting's own programme
                if t and t != title and (k == "meeting" or any(n in clause for n in names)):
                    ev = EventDraft(date_m.date, art.index, t, k, self._organizer(clause, t, juris), s, e)
                    events.append(ev)
                    later.append(ev)
        # a sub-event is told to its paragraph's end (26日下午，甲主持召开座谈会。乙汇报了…，丙作补充汇报:
        # the reports are the meeting's), or to the next occasion told before that
        starts = [lo for lo, _, _ in sub_paras] + [ev.start for ev in later]
        sub_spans = [(lo, min([hi] + [x for x in starts if x > lo]), ev) for lo, hi, ev in sub_paras]

        def sub_at(a: int) -> EventDraft | None:
            return next((ev for lo, hi, ev in sub_spans if lo <= a < hi), None)
        # roles
        found: list[tuple[str, str, int, int]] = []  # (person, role, start, end)
        last_person = None
        for para in art.paragraphs():
            ptext = para.text
            occ = self.mentions(ptext, names)
            pron = [(m.start(), None) for m in re.finditer(r"[他她](?=[\u4e00-\u9fff])", ptext)]
            for pos, name in sorted(occ + pron, key=lambda x: x[0]):
                abs_pos = para.start + pos
                if name is None:
                    if last_person is None:
                        continue
                    name, length = last_person, 1
                else:
                    length = len(name)
                    if self._told(text, abs_pos, para.start):
                        continue  # 村党支部书记甲向县委书记乙汇报: 乙 is told; the report is 甲's
                    if self._cited(text, abs_pos, abs_pos + length):
                        continue  # 传达…甲…时的讲话精神: 甲's words are relayed; 甲 is not there
                roles = self.roles_after(text, abs_pos + length)
                if roles or self._clause_subject(text, abs_pos, names):
                    last_person = name  # 他 refers back to a subject, not to any mention
                for role, a, b in roles:
                    found.append((name, role, abs_pos, b))
            for name, role, a, b in self.attendee_lists(text, para.start, para.end, names):
                found.append((name, role, a, b))
        # assign each role to its event
        # a role read in a sub-event's sentence belongs to it; a person seen in a sub-event and
        # not present at the main event (a provincial leader whose visit the county meeting reported) speaks in the sub-event
        in_sub: dict[str, EventDraft] = {}
        subs = [sub_at(a) for _, _, a, _ in found]  # the sub-event each role was read in, or None
        for (name, role, a, b), sub in zip(found, subs):
            if sub:
                in_sub.setdefault(name, sub)
        main_people = {n for (n, r, a, b), sub in zip(found, subs) if r != "speaker" and not sub}
        for (name, role, a, b), sub in zip(found, subs):
            if sub:
                ev = sub
            elif later and a >= later[0].start:
                ev = next(x for x in reversed(later) if a >= x.start)
            elif name in in_sub and name not in main_people:
                ev = in_sub[name]
            else:
                ev = main
            ev.roles.setdefault((name, role), evidence(text, a, b))
        for ev in events:
            # the leader of a delegation is not listed as present at its visit too (as 率队调研 is
            # read), though a headline prints the visit after the name (甲调研重点项目建设); the
            # chair of a meeting held during a visit is (the gold's 督查组组长, 主持会议)
            for name, role in [k for k in ev.roles if k[1] == "chair"]:
                cue = ev.roles[(name, role)]
                if ev.kind == "inspection" and re.search(r"率|带队|带领", text[cue.start:cue.end]):
                    ev.roles.pop((name, "attendee"), None)
        return [e for e in events if e.roles]

    # ---------------------------------------------------------------- promotes
    REMARK_CUE = re.compile(
        r"(?:率队|带队|率团)?(?:在[^，。；,]{1,30}?(?:上|中|时|后))?(?:(?:认真|仔细)?" + _HEARD.pattern + ")?"
        # 就做好“三服务”工作提出要求: the topic of the demands is the speaker's too
        r"(?:[就对][^，。；,]{1,30}?)?"
        r"(?:高度|充分|还|也|进一步|再次)?"
        r"(?:指出|强调|要求|表示|说|认为|提出|肯定|希望|讲话|部署|汇报|通报|解读)")
    OWNER = re.compile(r"^[^，,。]{0,12}?(?:会议|督查组|会上|报告)(?:指出|强调|要求|认为)")
    # a paragraph of bare demands, going on with the remarks before it (要坚持生态优先…, 聚焦…)
    GOES_ON = re.compile(r"(?:要|必须|聚焦|坚持|加快|强化|深化|着力|突出|围绕|抓好|全力|持续|推动|推进)(?![^，。；,]{0,20}?(?:指出|强调|表示))")
    MEETING_REMARK = re.compile(r"(?:会议|督查组|会上)(?:指出|强调|要求|认为)")

    def remark_scopes(self, art: Article, text: str, names: set[str]) -> list[tuple[str, int, int]]:
        """Spans of text attributed to a person.

        'X指出/强调/表示' opening a paragraph owns the paragraph; inside a paragraph
        that reports someone else (会议指出，...X调研时指出，...) it owns the sentences
        that name X. A quotation printed before 'X表示/说' (with X's titles between)
        is X's. A paragraph that goes on with bare demands (要…, 聚焦…) after one X's remarks
        filled to its end is X's too: a column break or a new paragraph inside a speech."""
        out = []
        last = None
        speech_goes_on = None  # who owned the last paragraph to its end
        for para in art.paragraphs():
            ptext = para.text
            owner, speech_goes_on = speech_goes_on, None
            occ = self.mentions(ptext, names)
            if owner and not occ and self.GOES_ON.match(ptext):
                out.append((owner, para.start, para.end))
                speech_goes_on = owner
                continue
            owned_by_other = bool(self.OWNER.match(ptext))
            occ += [(m.start(), None) for m in re.finditer(r"[他她](?=[\u4e00-\u9fff])", ptext)]
            starts = []
            for pos, name in sorted(occ, key=lambda x: x[0]):
                length = len(name) if name else 1
                if name is None:
                    name = last
                    if name is None:
                        continue
                elif self._clause_subject(text, para.start + pos, names):
                    last = name
                m = self.REMARK_CUE.match(ptext, pos + length)
                if not m and pos == 0 and ptext.startswith(("：", ":"), length):
                    # 甲：我们将全力打好“项目攻坚年”硬仗 (an interview's answer): the paragraph is 甲's
                    starts.append((pos, name, length + 1))
                    continue
                if not m:
                    continue
                if "讲话" in m.group() and ptext.startswith("精神", m.end()):
                    continue
                starts.append((pos, name, m.end()))
                chain = self.posts.chain_start(ptext, pos, 0)
                before = ptext[:chain].rstrip("，,")
                if before.endswith("”") and before.rfind("“") >= 0:
                    out.append((name, para.start + before.rfind("“"), para.start + len(before)))
            for k, (pos, name, cue_end) in enumerate(starts):
                end = len(ptext)
                # the meeting's own remarks that follow end X's (searched after X's cue: 程鹏在会上强调
                # is X's)
                nxt = self.MEETING_REMARK.search(ptext, cue_end)
                if nxt:
                    end = min(end, nxt.start())
                if k + 1 < len(starts) and starts[k + 1][1] != name:
                    end = min(end, starts[k + 1][0])
                if owned_by_other and pos > 12:
                    # only the sentences that name this person
                    s0, e0 = sentence_span(ptext, pos, FULL_STOP)
                    spans = [(s0, e0)]
                    for mm in re.finditer(re.escape(name), ptext[e0:end]):
                        spans.append(sentence_span(ptext, e0 + mm.start(), FULL_STOP))
                    for a, b in spans:
                        out.append((name, para.start + a, para.start + b))
                else:
                    out.append((name, para.start + pos, para.start + end))
                    if pos == 0 and end == len(ptext):
                        speech_goes_on = name
        return out

    # ------------------------------------------------------------------ extract
    def extract(self, raw_text: str, meta: PageMeta) -> dict:
        """The extraction record of one page. A page in traditional script is read in simplified
        characters (names and bodies come out simplified) with its evidence quoted as printed."""
        if self.simplifier is not None:
            converted, traditional = self.simplifier.convert(raw_text)
            if traditional:
                from ..script import restore_evidence

                rec = self._extract(converted, meta)
                restore_evidence(rec, clean_text(raw_text), clean_text(converted))
                return rec
        return self._extract(raw_text, meta)

    def _extract(self, raw_text: str, meta: PageMeta) -> dict:
        text = clean_text(raw_text)
        juris = Jurisdiction.resolve(meta.home, meta.parent, meta.province)
        articles = split_articles(text)
        journalists = find_journalists([p.text for a in articles for p in a.paragraphs()], self.names)
        # names printed with posts elsewhere than before them: decisions, elections, brackets
        appointed = self.appointments(text) + self.bracketed(text) + self.rosters(text) + self.titled_after(text) \
            + self.group_heads(text)
        found = self.find_persons(text, articles, appointed)
        persons = [n for n in found if n not in journalists]
        # a journalist is a person too only when the page shows them acting in another role
        names = set(persons)

        posts: dict[tuple[str, str, str], object] = {}
        shared: list = []  # the posts of the name before, where this name follows it in a list
        local = local_places(text, juris)
        for pos, name in self.mentions(text, names):
            art_floor = _article_start(articles, pos)
            here = juris
            if local:  # a city paper: 区委/县委 are those of the district or county the article names last
                place = next((pl for at, pl in reversed(local) if art_floor <= at < pos), None)
                if place is not None:
                    here = replace(juris, county=place)
            own = self.posts.parse(text, name, pos, juris=here, floor=art_floor, names=names)
            if not own and shared and shared[0] == pos:
                # a title shared by a list of names (副市长张伟、陈锡明、王良春): each holds it
                own = [Post(name, p.org, p.role, p.start, pos + len(name)) for p in shared[1]]
            for p in own:
                posts.setdefault((p.person, p.org, p.role), evidence(text, p.start, p.end))
            end = pos + len(name)
            shared = [end + 1, own] if own and text.startswith("、", end) else []

        for name, pos, printed in appointed:
            if printed is None or name not in names:
                continue
            chain, chain_start, chain_end = printed
            # the chain after 为 is read as if printed before the name (任命甲为县财政局局长); the
            # evidence runs from the name or the chain, whichever is printed first, to the chain's end
            # or the name's (a roster's heading, then the name on its line)
            ev = evidence(text, min(pos, chain_start), max(chain_end, pos + len(name)))
            if chain in TOWNSHIP_TITLES:  # 甲当选为镇长: the township the article named (as 镇长甲 is read)
                floor = _article_start(articles, chain_start)
                chain = (self.posts.antecedent(text, chain_start, TOWNSHIP_TITLES[chain], floor) or "") + chain
            for p in self.posts.parse(chain + name, name, len(chain), juris=juris, names=names):
                posts.setdefault((p.person, p.org, p.role), ev)
        for name, pos, title in self.names.reverse_titled(text):
            if title == "总书记" and name in names:
                posts.setdefault((name, "中共中央", "总书记"), evidence(text, pos, pos + len(name) + 3))

        events: list[EventDraft] = []
        for art in articles:
            events.extend(self.events_for_article(art, text, meta, juris, names))
        events.sort(key=lambda e: (e.start, e.date))

        mentions = self.campaigns.find(text)
        groups = merge_campaigns(mentions, self.campaigns.all_suffixes)
        promotes = self.promotes(text, articles, events, groups, names)
        return self._record(meta, text, journalists, persons, posts, events, groups, promotes, articles)

    def promotes(self, text: str, articles: list[Article], events: list[EventDraft],
                 groups: dict[str, list[str]], names: set[str]) -> dict:
        """(person, campaign): the campaign is named in the person's remarks, or in the title
        of an event the person chaired or addressed (FORMAT.md)."""
        forms = sorted(((a, c) for c, al in groups.items() for a in [c, *al]), key=lambda x: -len(x[0]))
        out: dict[tuple[str, str], object] = {}

        def scan(person: str, a: int, b: int):
            # longest forms first; a match is masked so that 共同富裕示范区 inside
            # 四省边际共同富裕示范区 is not read as a second campaign
            scope = text[a:b]
            bare = scope.replace("“", "").replace("”", "")
            for form, canon in forms:
                k = scope.find(form)
                kb = bare.find(form)
                if k < 0 and kb < 0:
                    continue
                bare = bare.replace(form, "\0" * len(form))
                if k >= 0:
                    scope = scope.replace(form, "\0" * len(form))
                if (person, canon) not in out:
                    at = a + (k if k >= 0 else 0)
                    out[(person, canon)] = evidence(text, at, at + len(form))

        for art in articles:
            for name, s, e in self.remark_scopes(art, text, names):
                scan(name, s, e)
        for ev in events:
            leaders = sorted({n for (n, r) in ev.roles if r in ("chair", "speaker")})
            k = text.find(ev.title, ev.start, ev.end) if ev.title else -1
            if k >= 0:
                end = k + len(ev.title)
                if ev.kind == "inspection":  # 到石梁镇调研“千万工程”推进情况: what the visit looks at
                    end = _CLAUSE_REST.match(text, end).end()
                for n in leaders:
                    scan(n, k, end)
        return out

    def _record(self, meta, text, journalists, persons, posts, events, groups, promotes, articles) -> dict:
        ev_out = []
        for i, ev in enumerate(events, 1):
            parts = sorted(ev.roles.items(), key=lambda kv: (kv[1].start, ROLE_ORDER[kv[0][1]]))
            ev_out.append({
                "id": f"e{i}", "title": ev.title, "date": ev.date.isoformat(), "kind": ev.kind,
                "organizer": ev.organizer,
                "location": ev.location,
                "participants": [{"person": n, "role": r, "evidence": evd.as_dict()} for (n, r), evd in parts],
                "evidence": evidence(text, ev.start, ev.end).as_dict(),
            })
        return {
            "document": meta.document,
            "issue_date": meta.issue_date.isoformat() if meta.issue_date else None,
            "home": meta.home,
            "paper": meta.paper,
            "persons": [{"name": n, "aliases": []} for n in persons],
            "journalists": journalists,
            "posts": [{"person": p, "org": o, "role": r, "evidence": e.as_dict()}
                      for (p, o, r), e in sorted(posts.items(), key=lambda kv: kv[1].start)],
            "events": ev_out,
            "campaigns": [{"name": c, "aliases": sorted(a)} for c, a in groups.items()],
            "promotes": [{"person": p, "campaign": c, "evidence": e.as_dict()}
                         for (p, c), e in sorted(promotes.items(), key=lambda kv: (kv[1].start, kv[0]))],
            "articles": [{"index": a.index, "start": a.start, "end": a.end,
                          "headline": next((h.text.lstrip("# ") for h in a.headings), None),
                          "body_chars": sum(len(CJK_RE.findall(p.text)) for p in a.body)} for a in articles],
            "extractor_version": self.version,
        }
