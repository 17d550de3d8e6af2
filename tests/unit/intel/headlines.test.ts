// Title Case business headlines with no body, deal and not: the shape of a headline-only feed.
// Written for this test (fictional companies); every hard-negative kind appears among the non-deals.

import { describe, expect, it } from 'vitest';
import { createDealAnalyzer } from '../../../src/intel/index.js';

const analyzer = createDealAnalyzer({ watchlist: [] });

describe('headline-only deals', () => {
  it.each([
    ['Brightwell Pharmaceuticals to Acquire Orrin Biotech for $4.1 Billion'],
    ['Halden Capital Agrees to Buy Stake in Marlowe Foods'],
    ['Quenby Labs Raises $85 Million in Series C Funding Led by Tarrow Ventures'],
    ['Kessel Motors and Arden Auto Agree to Merge in All-Stock Deal'],
    ['Velmar Energy Wins $2 Billion Navy Contract for Fuel Supply'],
    ['Pellam Retail Explores Sale of Its Grocery Unit'],
    ['Corvane Technologies Files for Initial Public Offering'],
    ['Tenby Airlines and Ostrava Air Form Joint Venture for Asian Routes'],
    ['Harlow Media Sells Magazine Business to Quill Publishing'],
    ['Brantley Bank Completes Acquisition of Rilling Savings'],
    ['Lumora and Kestrelink Partner to Bring Smart Glasses to Warehouses'],
    ['Marrow Steel Calls Off Merger With Dunmore Metals'],
    ['Sable Networks Rejects Takeover Bid From Meridian Telecom'],
    ['Greyline Insurance Is Said to Weigh $3 Billion Bid for Ashdown Re'],
    ['Tarrow Invests $500 Million in Electric Truck Maker Velmar'],
    ['Norrland Railways Picks Tessaly Rail for $400 Million Signalling Contract'],
    ['Ferraby Goes Public in $1.2 Billion Nasdaq Debut'],
    ['Pinecrest Airlines Orders 40 Jets From Aerona'],
    ['Quorra Denies Report It Is in Talks to Sell Itself'],
    ['Dunbar Health Takes Majority Stake in Calloway Clinics'],
    ['Rilling Foods Nears Deal to Buy Snack Maker Pemberton for $1.3 Billion'],
    ['Pellworth Agrees to Sell Paper Unit to Brandt Holdings'],
    ['Ostrava Semiconductor Buys Israeli Chip Startup Velm for $400 Million'],
    ['Carrow Insurance Confirms Talks to Merge With Dellmont'],
    ['Harwick Bank Takes 9.9% Stake in Tenby Payments'],
    ['Fathom Pay Closes $45 Million Series B Round'],
    ['Kestle Robotics Lands $60 Million From Quill Capital'],
    ['Velmar Shares Soar After Agreeing to Be Acquired by Corbel'],
    ['Tarrow Clinches $3 Billion Deal for Lindqvist Shipping'],
    ['Halden Group Walks Away From Bid for Sable Networks'],
    ['Arden Air Picks Tessaly Rail for High-Speed Train Order'],
    ['Brightline Hotels Is Exploring a Sale, People Familiar Say'],
    ['Merrow Health and Calder Labs Sign Licensing Deal for Cancer Drug'],
    ['Dunbar Media to Spin Off Cable Networks Into Separate Company'],
    ['Orbel Energy Prices IPO at Top of Range, Raising $900 Million'],
  ])('%s', (title) => {
    expect(analyzer.analyze({ title, body: '' }).deal).toBe(true);
  });
});

describe('headline-only business news that is no deal', () => {
  it.each([
    ['Brightwell Pharmaceuticals Shares Jump After Strong Quarterly Results'],
    ['How to Buy Kessel Motors Stock Before Earnings'],
    ['Analysts Upgrade Harlow Media to Buy on Streaming Growth'],
    ['Pellam Retail Announces Black Friday Deals on TVs and Laptops'],
    ['Quenby Labs Unveils New AI Chip at Annual Developer Conference'],
    ['Tenby Airlines Workers Ratify New Labor Contract'],
    ['Corvane Technologies Announces $5 Billion Share Buyback'],
    ['Marrow Steel to Invest $2 Billion in New Ohio Plant'],
    ['Velmar Energy CEO Steps Down Amid Board Dispute'],
    ['Arden Auto Recalls 200,000 Vehicles Over Brake Defect'],
    ['U.S. and Japan Sign Trade Agreement on Farm Goods'],
    ['Sable Networks Agrees to Pay $50 Million to Settle Fraud Charges'],
    ["Lumora's New Glasses Go on Sale in Japan Next Month"],
    ['Kestrelink Launches Partner Program for Resellers'],
    ['Greyline Insurance Reports Record Profit as Premiums Rise'],
    ['Ostrava Air Cuts Fares to Compete With Budget Rivals'],
    ['Meridian Telecom Says It Is Not Looking to Make Acquisitions'],
    ['Dunmore Metals Raises Full-Year Outlook on Strong Demand'],
    ['Harlow Media Sold 3 Million Subscriptions in First Quarter'],
    ['Ferraby Stock Falls 10% on Weak Guidance'],
    ['Five Stocks to Buy Before the Fed Meeting'],
    ['Tarrow Splits Stock 4-for-1 as Shares Soar'],
    ['Calloway Clinics Opens 20 New Locations in Texas'],
    ['Norrland Railways Hires New Chief Financial Officer'],
    ['Ashdown Re Raises Dividend by 8%'],
    ['Pinecrest Airlines Expands Service to Europe This Summer'],
    ['Join Our Webinar: Building Partnerships That Last'],
    ['Quorra Sales Rise 12% on Holiday Demand'],
    ['Rilling Foods Cuts 1,000 Jobs as Sales Slow'],
    ['Pellworth to Close 50 Stores After Weak Holiday Season'],
    ['Ostrava Semiconductor Names New Chief Executive'],
    ['Carrow Insurance Beats Profit Estimates on Lower Claims'],
    ['Harwick Bank Launches New Mobile App for Small Businesses'],
    ['Fathom Pay Stock Is a Buy, Says Analyst'],
    ['Tarrow Shares Fall After Disappointing Forecast'],
    ['Halden Group Opens New Headquarters in Chicago'],
    ['Arden Air Pilots Vote to Strike Over Pay'],
    ['Brightline Hotels Offers Discounts for Summer Stays'],
    ['Merrow Health Wins FDA Approval for Diabetes Drug'],
    ['Dunbar Media Sued by Shareholders Over Disclosures'],
    ['Orbel Energy Boosts Dividend and Expands Buyback'],
    ['The Best Travel Deals for Labor Day Weekend'],
    ['Why Kestle Robotics Stock Could Double This Year'],
    ['Velmar Recalls Batteries After Fire Reports'],
    ['Corbel Raises Prices on Popular Models'],
    ['Lindqvist Shipping Orders Slow as Trade Tensions Rise'],
    ['Sable Networks Signs Up 2 Million New Customers'],
    ['Tenby Payments Partners Event Returns to Las Vegas'],
    ['Calder Labs Hires Former Google Executive as CTO'],
    ['Dellmont Agrees to Pay $20 Million Fine Over Emissions'],
    ['U.S. and Canada Reach Deal on Lumber Tariffs'],
    ['Quill Capital Raises Forecast for Tech Spending'],
    ['Pemberton Sales Jump 20% on New Flavors'],
  ])('%s', (title) => {
    expect(analyzer.analyze({ title, body: '' }).deal).toBe(false);
  });
});

describe('phrases with words inside them, and deal words inside Title Case runs', () => {
  it.each([
    ['take ... private', 'Marlowe Family and Kessel Group to Take Retailer Private for $6 Billion', 'acquisition'],
    ['joint ... company', 'Tarrow and Pellam to Set Up Joint Battery Company', 'joint_venture'],
    ['puts $N into', "Harlan Capital puts $500 million into Brazil's Quenby", 'investment'],
    ['walks away from', 'Dunmore walks away from Calloway after third proposal rejected', 'acquisition'],
    ['a venture named by what it makes', 'Tarrow and Kessel Energy to Form $4 Billion Battery Venture in Ohio', 'joint_venture'],
    ['pricing of an offering', 'Mosswell Analytics Announces Pricing of Initial Public Offering', 'ipo'],
  ])('%s', (_label, title, type) => {
    const a = analyzer.analyze({ title, body: '' });
    expect(a.deal).toBe(true);
    expect(a.type).toBe(type);
  });
});
