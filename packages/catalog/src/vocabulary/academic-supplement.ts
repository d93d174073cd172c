import type { TopicSource } from './types.ts';

/** 학력보완교육: equivalency exams (검정고시), the Academic Credit Bank, and basic school subjects for adults. */
export const academicSupplementTopics: readonly TopicSource[] = [
  {
    key: 'ged-elementary',
    level: 'BEGINNER',
    titleKo: '초졸 검정고시 대비',
    titleEn: 'Elementary school equivalency exam prep',
    descriptionKo: '초등학교 졸업 학력 검정고시의 국어, 수학, 사회, 과학 핵심 내용을 쉽게 정리합니다.',
    descriptionEn:
      'An easy-paced review of the Korean, maths, social studies and science content of the elementary school equivalency exam.',
    lessons: [
      ['검정고시 제도와 준비 방법', 'How the equivalency exam works and how to prepare'],
      ['국어: 글의 종류와 중심 생각', 'Korean: types of text and main ideas'],
      ['수학: 분수와 소수', 'Maths: fractions and decimals'],
      ['수학: 도형과 측정', 'Maths: shapes and measurement'],
      ['사회: 우리 지역과 국토', 'Social studies: our region and our country'],
      ['과학: 생활 속 과학 원리', 'Science: everyday scientific principles'],
      ['도덕과 실과 핵심 정리', 'Ethics and practical arts review'],
      ['기출문제 풀이', 'Working through past exam papers'],
    ],
  },
  {
    key: 'ged-middle',
    level: 'INTERMEDIATE',
    titleKo: '중졸 검정고시 대비',
    titleEn: 'Middle school equivalency exam prep',
    descriptionKo: '중학교 졸업 학력 검정고시 필수 과목의 핵심 개념과 기출 유형을 체계적으로 학습합니다.',
    descriptionEn:
      'Work systematically through the key concepts and past question types of the middle school equivalency exam.',
    lessons: [
      ['국어: 문학 작품 감상', 'Korean: appreciating literature'],
      ['국어: 문법 기초', 'Korean: grammar basics'],
      ['수학: 일차방정식', 'Maths: linear equations'],
      ['수학: 함수와 그래프', 'Maths: functions and graphs'],
      ['영어: 기초 문법과 독해', 'English: basic grammar and reading'],
      ['사회: 정치와 경제', 'Social studies: politics and the economy'],
      ['과학: 힘과 에너지', 'Science: force and energy'],
      ['역사: 우리 역사의 흐름', 'History: an overview of Korean history'],
      ['실전 모의고사', 'Full practice exam'],
    ],
  },
  {
    key: 'ged-high',
    level: 'ADVANCED',
    titleKo: '고졸 검정고시 대비',
    titleEn: 'High school equivalency exam prep',
    descriptionKo:
      '고등학교 졸업 학력 검정고시 합격을 목표로 과목별 심화 개념과 실전 문제 풀이를 진행합니다.',
    descriptionEn:
      'Aim for a pass in the high school equivalency exam with in-depth concepts and exam-style practice for each subject.',
    lessons: [
      ['국어: 현대 문학과 고전 문학', 'Korean: modern and classical literature'],
      ['국어: 비문학 독해 전략', 'Korean: strategies for non-fiction reading'],
      ['수학: 다항식과 방정식', 'Maths: polynomials and equations'],
      ['수학: 확률과 통계', 'Maths: probability and statistics'],
      ['영어: 장문 독해', 'English: reading longer passages'],
      ['한국사 핵심 정리', 'Korean history review'],
      ['통합과학 핵심 개념', 'Integrated science: key concepts'],
      ['통합사회 핵심 개념', 'Integrated social studies: key concepts'],
      ['실전 모의고사와 오답 정리', 'Practice exams and reviewing mistakes'],
    ],
  },
  {
    key: 'ged-math-intensive',
    level: 'INTERMEDIATE',
    titleKo: '검정고시 수학 집중반',
    titleEn: 'Equivalency exam maths intensive',
    descriptionKo:
      '수학이 어려운 검정고시 준비생을 위해 기초 연산부터 기출 유형까지 단계별로 반복 학습합니다.',
    descriptionEn:
      'For exam candidates who find maths hard: step-by-step practice from basic operations to past exam question types.',
    lessons: [
      ['정수와 유리수', 'Integers and rational numbers'],
      ['문자와 식', 'Algebraic expressions'],
      ['방정식 풀이 연습', 'Solving equations'],
      ['부등식', 'Inequalities'],
      ['좌표와 그래프', 'Coordinates and graphs'],
      ['도형의 성질', 'Properties of shapes'],
      ['자주 나오는 기출 유형', 'Frequently tested question types'],
    ],
  },
  {
    key: 'ged-english',
    level: 'BEGINNER',
    titleKo: '검정고시 영어 기초',
    titleEn: 'English basics for equivalency exams',
    descriptionKo: '영어를 처음 배우는 만학도를 위해 필수 단어와 기초 문법, 짧은 글 읽기를 다룹니다.',
    descriptionEn:
      'Essential vocabulary, basic grammar and short reading passages for adult learners who are new to English.',
    lessons: [
      ['필수 영단어 300', '300 essential words'],
      ['be동사와 일반동사', 'The verb "be" and other verbs'],
      ['현재, 과거, 미래 시제', 'Present, past and future tenses'],
      ['의문문과 부정문', 'Questions and negatives'],
      ['짧은 대화문 읽기', 'Reading short dialogues'],
      ['안내문과 광고문 읽기', 'Reading notices and advertisements'],
      ['기출 어휘 정리', 'Vocabulary from past exams'],
    ],
  },
  {
    key: 'ged-korean-reading',
    level: 'INTERMEDIATE',
    titleKo: '검정고시 국어 독해',
    titleEn: 'Korean reading for equivalency exams',
    descriptionKo: '시, 소설, 설명문, 논설문을 읽고 핵심을 파악하는 독해 전략을 익힙니다.',
    descriptionEn:
      'Learn reading strategies for grasping the main points of poems, fiction, and expository and argumentative texts.',
    lessons: [
      ['시의 표현 방법', 'Poetic devices'],
      ['소설의 구성과 인물', 'Plot and characters in fiction'],
      ['설명문 구조 파악하기', 'Understanding expository structure'],
      ['논설문의 주장과 근거', 'Claims and evidence in argumentative texts'],
      ['어휘와 어법', 'Vocabulary and usage'],
      ['기출 지문 분석', 'Analysing past exam passages'],
    ],
  },
  {
    key: 'ged-social-science',
    level: 'INTERMEDIATE',
    titleKo: '검정고시 사회·과학 정리',
    titleEn: 'Social studies and science review for equivalency exams',
    descriptionKo: '사회와 과학 과목에서 자주 출제되는 개념을 그림과 표로 알기 쉽게 정리합니다.',
    descriptionEn:
      'A clear review of the most frequently tested social studies and science concepts, with diagrams and tables.',
    lessons: [
      ['지도와 지리 정보', 'Maps and geographic information'],
      ['민주 정치와 헌법', 'Democracy and the constitution'],
      ['시장 경제의 원리', 'How a market economy works'],
      ['물질의 구성', 'What matter is made of'],
      ['생명과 생태계', 'Life and ecosystems'],
      ['지구와 우주', 'The Earth and space'],
      ['핵심 개념 총정리', 'Key concepts summary'],
    ],
  },
  {
    key: 'credit-bank',
    level: 'BEGINNER',
    titleKo: '학점은행제 첫걸음',
    titleEn: 'Getting started with the Academic Credit Bank System',
    descriptionKo:
      '학점은행제와 평생학습계좌제를 활용해 학위를 취득하는 방법과 학습 계획 세우기를 안내합니다.',
    descriptionEn:
      'Find out how to earn a degree through the Academic Credit Bank System and the Lifelong Learning Account, and plan your studies.',
    lessons: [
      ['학점은행제란 무엇인가', 'What is the Academic Credit Bank System?'],
      ['학습자 등록과 학점 인정', 'Registering as a learner and getting credits recognised'],
      ['전공 선택과 학위 설계', 'Choosing a major and planning your degree'],
      ['자격증과 독학학위 학점 활용', 'Counting certificates and self-study exams as credits'],
      ['평생학습계좌제 활용하기', 'Using the Lifelong Learning Account'],
      ['나의 학습 계획 세우기', 'Making my study plan'],
    ],
  },
  {
    key: 'self-study-degree',
    level: 'ADVANCED',
    titleKo: '독학학위제 준비',
    titleEn: 'Preparing for the self-study degree examinations',
    descriptionKo: '독학학위제 단계별 시험 구조를 이해하고 전공 과목 학습 전략과 시간 관리법을 익힙니다.',
    descriptionEn:
      'Understand the stages of the self-study degree examinations and learn study strategies and time management for your major.',
    lessons: [
      ['독학학위제 단계별 시험 안내', 'The four exam stages of the self-study degree'],
      ['교양과정 인정시험 준비', 'Preparing for the general education exam'],
      ['전공기초과정 학습 전략', 'Study strategies for foundation courses'],
      ['전공심화과정 학습 전략', 'Study strategies for advanced courses'],
      ['학위취득 종합시험 대비', 'Preparing for the final comprehensive exam'],
      ['직장인을 위한 시간 관리', 'Time management for working learners'],
    ],
  },
  {
    key: 'korean-history-test',
    level: 'INTERMEDIATE',
    titleKo: '한국사능력검정시험 대비',
    titleEn: 'Korean History Proficiency Test prep',
    descriptionKo:
      '선사 시대부터 현대까지 한국사의 흐름을 정리하고 한국사능력검정시험 기출문제를 풀어 봅니다.',
    descriptionEn:
      'Review Korean history from prehistory to the present day and practise with past papers of the Korean History Proficiency Test.',
    lessons: [
      ['선사 시대와 고조선', 'Prehistory and Gojoseon'],
      ['삼국과 남북국 시대', 'The Three Kingdoms and the North–South States period'],
      ['고려의 정치와 문화', 'Politics and culture of Goryeo'],
      ['조선 전기와 후기', 'Early and late Joseon'],
      ['개항과 일제강점기', 'The opening of the ports and the colonial period'],
      ['대한민국의 발전', 'The development of the Republic of Korea'],
      ['기출문제 풀이', 'Working through past papers'],
    ],
  },
  {
    key: 'adult-math',
    level: 'BEGINNER',
    titleKo: '성인 기초 수학 다시 배우기',
    titleEn: 'Relearning basic maths for adults',
    descriptionKo: '학창 시절 놓쳤던 수학 기초를 생활 속 예시와 함께 부담 없이 다시 배웁니다.',
    descriptionEn:
      'Relearn the maths basics you missed at school, at a relaxed pace and with everyday examples.',
    lessons: [
      ['자연수와 사칙연산', 'Whole numbers and the four operations'],
      ['분수와 소수 다시 보기', 'Fractions and decimals revisited'],
      ['비율과 백분율', 'Ratios and percentages'],
      ['할인과 이자 계산', 'Calculating discounts and interest'],
      ['넓이와 부피', 'Area and volume'],
      ['그래프 읽기', 'Reading graphs'],
    ],
  },
  {
    key: 'adult-english-grammar',
    level: 'BEGINNER',
    titleKo: '성인 기초 영어 문법',
    titleEn: 'Basic English grammar for adults',
    descriptionKo: '영어 문장의 기본 구조와 품사, 시제를 예문 중심으로 쉽게 익힙니다.',
    descriptionEn:
      'Learn the basic structure of English sentences, the parts of speech and the tenses through plenty of examples.',
    lessons: [
      ['문장의 기본 구조', 'Basic sentence structure'],
      ['명사와 대명사', 'Nouns and pronouns'],
      ['형용사와 부사', 'Adjectives and adverbs'],
      ['시제 한눈에 보기', 'Tenses at a glance'],
      ['조동사', 'Modal verbs'],
      ['전치사', 'Prepositions'],
      ['접속사로 문장 잇기', 'Linking sentences with conjunctions'],
    ],
  },
  {
    key: 'university-later-in-life',
    level: 'INTERMEDIATE',
    titleKo: '만학도를 위한 대학 진학 준비',
    titleEn: 'Going to university later in life',
    descriptionKo:
      '성인 학습자 전형과 평생교육 단과대학 등 만학도의 대학 진학 경로와 준비 방법을 알아봅니다.',
    descriptionEn:
      'Explore the routes into university for adult learners, such as adult admission tracks and lifelong education colleges, and how to prepare.',
    lessons: [
      ['성인 학습자 대학 진학 경로', 'University routes for adult learners'],
      ['전형별 준비 서류', 'Documents for each admission track'],
      ['자기소개서 쓰기', 'Writing a personal statement'],
      ['면접 준비', 'Preparing for interviews'],
      ['학업과 일 병행하기', 'Balancing study and work'],
      ['장학금과 학비 지원 제도', 'Scholarships and tuition support'],
    ],
  },
];
